package dev.spinup.model.runtime;

import static dev.spinup.model.runtime.World.containers;
import static dev.spinup.model.runtime.World.cpu;
import static dev.spinup.model.runtime.World.phase;
import static dev.spinup.model.runtime.World.phaseOf;
import static dev.spinup.model.runtime.World.latency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.startup.Contention;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a phase took longer than alone: shared cores, a queue at a control point, work that grows with load. */
class ContentionTest {

    private static final long MS = SimTime.MILLISECOND;
    private static final EventKind LAUNCH = EventKind.of("test: launch");

    @Test
    void twoInstancesCpuDemandsOnOneCoreTakeTwiceAsLongAndSaySo() {
        World world = new World(World.host("h", 1, DataSize.ofGiB(4)));
        ContainerStack stack = containers(phase(PhaseKind.RUNTIME, cpu(100)));
        Instance a = world.launch(0, stack);
        Instance b = world.launch(1, stack);
        world.sim.run();

        for (Instance instance : List.of(a, b)) {
            PhaseRecord runtime = phaseOf(instance, PhaseKind.RUNTIME);
            assertEquals(200 * MS, runtime.durationNanos(), "half a core each for 100 core-ms");
            assertEquals(100 * MS, runtime.aloneNanos());
            Contention shared = runtime.worstContention().orElseThrow();
            assertEquals(Contention.Kind.SHARED, shared.kind());
            assertEquals("CPU", shared.resource());
            assertEquals(100 * MS, shared.extraNanos());
            assertEquals(1.0, shared.others(), 1e-9);
            assertEquals("lost 100 ms sharing the CPU with about 1 other", shared.explain());
        }
    }

    @Test
    void aResourceSharedWithUnderHalfAnotherOnAverageIsSharedNowAndThenNotWithZeroOthers() {
        Contention rare = new Contention(Contention.Kind.SHARED, "disk", 20 * MS, 0.3,
                dev.spinup.model.catalogue.Source.ESTIMATE_DISK_BANDWIDTH);
        assertEquals("lost 20 ms sharing the disk now and then", rare.explain());
    }

    @Test
    void withACoreEachNobodyWaitsAndNothingIsBlamed() {
        World world = new World(World.host("h", 2, DataSize.ofGiB(4)));
        ContainerStack stack = containers(phase(PhaseKind.RUNTIME, cpu(100)));
        Instance a = world.launch(0, stack);
        Instance b = world.launch(1, stack);
        world.sim.run();

        for (Instance instance : List.of(a, b)) {
            PhaseRecord runtime = phaseOf(instance, PhaseKind.RUNTIME);
            assertEquals(100 * MS, runtime.durationNanos(), "a single-threaded job never gets more than one core");
            assertTrue(runtime.contentions().isEmpty(), runtime.explain());
        }
    }

    @Test
    void theNthAtAControlPointQueuesBehindTheOthersAheadOfIt() {
        World world = new World(World.host("h", 8, DataSize.ofGiB(4)));
        ContainerStack stack = containers(phase(PhaseKind.ENGINE_API,
                new Demand.Critical(ControlPoint.ENGINE_DAEMON, Duration.ofMillis(150), Duration.ZERO)));
        int n = 5;
        for (int i = 0; i < n; i++) {
            world.launch(i, stack);
        }
        world.sim.run();

        for (int k = 0; k < n; k++) {
            Instance instance = world.infra.instances().get(k);
            PhaseRecord api = phaseOf(instance, PhaseKind.ENGINE_API);
            assertEquals((k + 1) * 150 * MS, api.durationNanos(), "served one at a time, in arrival order");
            assertEquals(150 * MS, api.aloneNanos());
            if (k == 0) {
                assertTrue(api.contentions().isEmpty());
                continue;
            }
            Contention queued = api.worstContention().orElseThrow();
            assertEquals(Contention.Kind.QUEUED, queued.kind());
            assertEquals(k * 150 * MS, queued.extraNanos());
            assertEquals(k, queued.others(), "one holding the daemon and k - 1 queued when it arrived");
            assertEquals("waited " + SimTime.format(k * 150 * MS) + " for the container engine daemon, behind "
                    + k + (k == 1 ? " other" : " others"), queued.explain());
        }
    }

    @Test
    void aHoldThatGrowsWithLiveInstancesIsBlamedOnGrowth() {
        World world = new World(World.host("h", 8, DataSize.ofGiB(4)));
        ContainerStack stack = containers(phase(PhaseKind.TOOLSTACK,
                new Demand.Critical(ControlPoint.HYPERVISOR_TOOLSTACK, Duration.ofMillis(10), Duration.ofMillis(4))));
        // One at a time, so no queueing: each finds the previous ones alive (they never stop).
        for (int i = 0; i < 4; i++) {
            int index = i;
            world.sim.schedule(i * SimTime.SECOND, LAUNCH, () -> world.launch(index, stack));
        }
        world.sim.run();

        for (int k = 0; k < 4; k++) {
            PhaseRecord toolstack = phaseOf(world.infra.instances().get(k), PhaseKind.TOOLSTACK);
            assertEquals((10 + 4 * k) * MS, toolstack.durationNanos(), "10 ms plus 4 ms per instance already alive");
            assertEquals(10 * MS, toolstack.aloneNanos());
            if (k == 0) {
                assertTrue(toolstack.contentions().isEmpty());
                continue;
            }
            Contention growth = toolstack.worstContention().orElseThrow();
            assertEquals(Contention.Kind.GROWTH, growth.kind());
            assertEquals(4 * k * MS, growth.extraNanos());
            assertEquals(k, growth.others());
        }
    }

    @Test
    void aLiveScanCostsCpuForEveryOtherLiveInstance() {
        World world = new World(World.host("h", 8, DataSize.ofGiB(4)));
        ContainerStack stack = containers(phase(PhaseKind.ENGINE_API, new Demand.LiveScan(Duration.ofMillis(3))));
        for (int i = 0; i < 4; i++) {
            int index = i;
            world.sim.schedule(i * SimTime.SECOND, LAUNCH, () -> world.launch(index, stack));
        }
        world.sim.run();

        for (int k = 0; k < 4; k++) {
            PhaseRecord api = phaseOf(world.infra.instances().get(k), PhaseKind.ENGINE_API);
            assertEquals(3 * k * MS, api.durationNanos(), "3 CPU-ms per other live instance, on a free core");
            assertEquals(0, api.aloneNanos(), "an empty host would not scan anything");
            if (k > 0) {
                Contention growth = api.worstContention().orElseThrow();
                assertEquals(Contention.Kind.GROWTH, growth.kind());
                assertEquals(3 * k * MS, growth.extraNanos());
                assertEquals(k, growth.others());
            }
        }
    }

    @Test
    void aLatencyUsesNoSharedResourceSoManyWaitSideBySide() {
        World world = new World(World.host("h", 1, DataSize.ofGiB(4)));
        ContainerStack stack = containers(phase(PhaseKind.NETWORK, latency(40)));
        for (int i = 0; i < 10; i++) {
            world.launch(i, stack);
        }
        world.sim.run();
        for (Instance instance : world.infra.instances()) {
            assertEquals(40 * MS, phaseOf(instance, PhaseKind.NETWORK).durationNanos());
            assertEquals(40 * MS, instance.startupNanos());
        }
    }
}
