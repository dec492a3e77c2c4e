package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ProcessorSharingTest {

    private static final EventKind ARRIVE = EventKind.of("arrive");

    private static long[] finishTimes(Simulation sim, List<ProcessorSharing.Job> jobs) {
        sim.run();
        return jobs.stream().mapToLong(ProcessorSharing.Job::finishedAt).toArray();
    }

    @Test
    void aLoneJobTakesWorkOverCapacity() {
        Simulation sim = new Simulation();
        ProcessorSharing disk = new ProcessorSharing(sim, "disk", 2.0);
        ProcessorSharing.Job job = disk.submit(1000);
        sim.run();
        assertEquals(500, job.finishedAt());
        assertEquals(500, job.aloneNanos());
        assertEquals(1000, disk.servedWork(), 1e-9);
        assertEquals(500, disk.busyNanos());
    }

    @Test
    void twoJobsShareEquallyUntilTheSmallerOneLeaves() {
        Simulation sim = new Simulation();
        ProcessorSharing link = new ProcessorSharing(sim, "link", 1.0);
        List<ProcessorSharing.Job> jobs = List.of(link.submit(100), link.submit(300));
        // Both at 1/2 until t=200 (100 served each), then the second alone at 1 for its last 200.
        assertEquals(List.of(200L, 400L), List.of(finishTimes(sim, jobs)[0], finishTimes(sim, jobs)[1]));
    }

    @Test
    void aLaterArrivalSlowsTheJobAlreadyRunning() {
        Simulation sim = new Simulation();
        ProcessorSharing link = new ProcessorSharing(sim, "link", 1.0);
        List<ProcessorSharing.Job> jobs = new ArrayList<>();
        jobs.add(link.submit(100));
        sim.schedule(50, ARRIVE, () -> jobs.add(link.submit(100)));
        sim.run();
        assertEquals(150, jobs.get(0).finishedAt());
        assertEquals(200, jobs.get(1).finishedAt());
    }

    @Test
    void thePerJobCapLimitsASingleThreadedJobToOneCore() {
        Simulation sim = new Simulation();
        ProcessorSharing cpu = new ProcessorSharing(sim, "cpu", 4.0, 1.0);
        List<ProcessorSharing.Job> two = List.of(cpu.submit(100), cpu.submit(100));
        sim.run();
        assertEquals(100, two.get(0).finishedAt(), "two jobs on four cores each get one core");
        List<ProcessorSharing.Job> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(cpu.submit(100));
        }
        sim.run();
        assertEquals(300, eight.get(7).finishedAt(), "eight jobs on four cores each get half a core");
        assertEquals(1000, cpu.servedWork(), 1e-6);
    }

    @Test
    void cancellingAJobGivesItsShareBackAndFailsItsCompletion() {
        Simulation sim = new Simulation();
        ProcessorSharing link = new ProcessorSharing(sim, "link", 1.0);
        ProcessorSharing.Job a = link.submit(200);
        ProcessorSharing.Job b = link.submit(200);
        List<Throwable> failures = new ArrayList<>();
        b.completion().whenDone(c -> failures.add(c.failure()));
        sim.schedule(100, ARRIVE, () -> b.cancel("host failed"));
        sim.run();
        assertEquals(250, a.finishedAt(), "50 served by t=100, then 150 more alone");
        assertEquals(1, failures.size());
        assertTrue(failures.get(0) instanceof CancellationException);
        assertEquals("host failed", failures.get(0).getMessage());
        assertEquals(-1, b.finishedAt());
    }

    @Test
    void zeroWorkFinishesAtOnceAndBadWorkIsRefused() {
        Simulation sim = new Simulation();
        ProcessorSharing link = new ProcessorSharing(sim, "link", 1.0);
        sim.schedule(7, ARRIVE, () -> link.submit(0));
        sim.run();
        assertEquals(1, link.jobsCompleted());
        assertEquals(7, sim.now());
        assertThrows(IllegalArgumentException.class, () -> link.submit(-1));
        assertThrows(IllegalArgumentException.class, () -> link.submit(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ProcessorSharing(sim, "x", 0));
    }

    @Test
    void aStormOfSimultaneousJobsFinishesTogetherWithOneEventPerDistinctFinish() {
        Simulation sim = new Simulation();
        ProcessorSharing nic = new ProcessorSharing(sim, "nic", 10.0);
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            nic.submit(1000);
        }
        sim.run();
        assertEquals(n, nic.jobsCompleted());
        assertEquals(n * 1000L / 10, sim.now());
        assertEquals(1, sim.eventsFired(), "equal jobs leave together: one completion event, not one per job");
    }

    @Test
    void theLoadListenerSeesEveryChangeInActiveJobs() {
        Simulation sim = new Simulation();
        ProcessorSharing cpu = new ProcessorSharing(sim, "cpu", 2.0, 1.0);
        List<String> changes = new ArrayList<>();
        cpu.setLoadListener((t, n, served) -> changes.add(t + ":" + n + ":" + served));
        cpu.submit(100);
        cpu.submit(100);
        cpu.submit(100);
        sim.run();
        assertEquals(List.of("0:1:1.0", "0:2:2.0", "0:3:2.0", "150:0:0.0"), changes);
    }
}
