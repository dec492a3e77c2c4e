package dev.spinup.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scheduler as an engine process: cycle time by era, binding through the API rate limit, unschedulable pods. */
class SchedulerTest {

    private static final long GIB = 1L << 30;
    private static final PodSpec SMALL = PodSpec.of(new Resources(100, 128L << 20), "web", DataSize.ofMiB(100));

    private record Run(Simulation simulation, CapacityIndex index, Scheduler scheduler, ClusterMetrics metrics,
                       List<Pod> bound) { }

    private static Run cluster(int nodes, SchedulerProfile profile) {
        Simulation simulation = new Simulation();
        CapacityIndex index = new CapacityIndex();
        for (int i = 0; i < nodes; i++) {
            index.add(new Node(i, NodeSpec.plain("n" + i, 16, 64 * GIB), true));
        }
        ApiServer api = new ApiServer(simulation, Cited.of(5 * SimTime.MILLISECOND,
                Source.ESTIMATE_KUBE_CLIENT_RATE_LIMITS), Optional.empty());
        ClusterMetrics metrics = new ClusterMetrics(0);
        List<Pod> bound = new ArrayList<>();
        Scheduler scheduler = new Scheduler(simulation, index, profile, api.client("scheduler", RateLimit.scheduler()),
                metrics, bound::add);
        return new Run(simulation, index, scheduler, metrics, bound);
    }

    private static void createPods(Run run, int count) {
        for (int i = 0; i < count; i++) {
            run.scheduler.enqueue(new Pod(i, "web-" + i, "web", SMALL, 0));
        }
    }

    @Test
    void theApiRateLimitBindsBeforeAFastScheduler() {
        // 2019 profile on 100 nodes: 1 ms + 100 × 2 µs = 1.2 ms a cycle (≈830 pods/s), but binds pass the
        // scheduler's client at 100 QPS after a burst of 100, so 1000 binds need about (1000 − 100) / 100 = 9 s.
        Run run = cluster(100, SchedulerProfile.v2019());
        createPods(run, 1000);
        run.simulation.run();
        assertEquals(1000, run.bound.size());
        double seconds = SimTime.toSeconds(run.metrics.bound().firstReaching(1000));
        assertTrue(seconds > 8.9 && seconds < 9.2, "last bind at " + seconds + " s");
        assertEquals(1000, run.scheduler.cycles());
    }

    @Test
    void the2015SchedulerTakesAboutASecondAPod() {
        Run run = cluster(3, SchedulerProfile.v2015());
        createPods(run, 30);
        run.simulation.run();
        double seconds = SimTime.toSeconds(run.metrics.bound().firstReaching(30));
        assertTrue(seconds > 30 && seconds < 30.1, "30 pods bound at " + seconds + " s");
    }

    @Test
    void theErasThroughputsAreTheCitedOnesAndAChoiceOfTheProfile() {
        // pods a second = 1 / cycle, at the cluster sizes the calibration rows measured.
        assertEquals(1.0, 1e9 / SchedulerProfile.v2015().cycleNanos(100), 1e-9, "2015: about 1 pod/s");
        double at5000 = 1e9 / SchedulerProfile.v2019().cycleNanos(5000);
        assertTrue(at5000 > 85 && at5000 < 100, "2019 at 5 000 nodes: ≈90–100 pods/s, was " + at5000);
        int sampled = SchedulerProfile.v2025().nodesToScore().value().feasibleToFind(30_000);
        double at30k = 1e9 / SchedulerProfile.v2025().cycleNanos(sampled);
        assertTrue(at30k > 280 && at30k < 330, "2025 at 30 000 nodes: ≈300 pods/s, was " + at30k);
        assertEquals(Source.ESTIMATE_SCHEDULER_ERAS, SchedulerProfile.v2015().cycleBaseNanos().source());
    }

    @Test
    void podsThatFitNowhereWaitUnschedulableUntilANodeFrees() {
        Run run = cluster(1, SchedulerProfile.v2019());
        PodSpec big = PodSpec.of(new Resources(10_000, GIB), "batch", DataSize.ofMiB(1));
        Pod first = new Pod(0, "batch-0", "batch", big, 0);
        Pod second = new Pod(1, "batch-1", "batch", big, 0);
        run.scheduler.enqueue(first);
        run.scheduler.enqueue(second);
        run.simulation.runUntil(SimTime.SECOND);
        assertEquals(List.of(first), run.bound);
        assertEquals(1, run.scheduler.unschedulable());
        assertEquals("batch-1: 0/1 nodes are available: 1 Insufficient cpu.", run.scheduler.lastFailure());
        run.index.forget(first);
        first.terminated(run.simulation.now());
        run.scheduler.clusterChanged();
        run.simulation.run();
        assertEquals(List.of(first, second), run.bound);
        assertEquals(0, run.scheduler.unschedulable());
    }

    @Test
    void higherPriorityPodsAreScheduledFirst() {
        Run run = cluster(1, SchedulerProfile.v2015());
        PodSpec urgent = new PodSpec(SMALL.requests(), SMALL.nodeSelector(), SMALL.tolerations(), 1000, "web",
                SMALL.imageSize());
        run.scheduler.enqueue(new Pod(0, "low-0", "low", SMALL, 0));
        run.scheduler.enqueue(new Pod(1, "low-1", "low", SMALL, 0));
        run.scheduler.enqueue(new Pod(2, "high", "high", urgent, 0));
        run.simulation.run();
        // The first cycle starts after all three are queued (its event fires after this instant's enqueues).
        assertEquals(List.of("high", "low-0", "low-1"), run.bound.stream().map(Pod::name).toList());
    }
}
