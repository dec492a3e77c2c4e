package dev.spinup.model.runtime;

import static dev.spinup.model.runtime.World.containers;
import static dev.spinup.model.runtime.World.phase;
import static dev.spinup.model.runtime.World.phaseOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.StoreWork;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A control-plane store that slows as it fills: more requests per operation and a longer service per request, both
 * with its contents, so an operation's time is quadratic in the entries; concurrent operations queue for it.
 */
class StoreGrowthTest {

    private static final EventKind LAUNCH = EventKind.of("test: launch");
    /** 10 requests + 2 per entry, each 1 ms + 0.1 ms per entry. */
    private static final StoreWork STORE = new StoreWork(10, 2, Duration.ofMillis(1), Duration.ofNanos(100_000));

    private static ContainerStack storeStack() {
        return containers(phase(PhaseKind.TOOLSTACK, new Demand.Critical(ControlPoint.XENSTORE, STORE)));
    }

    @Test
    void theTimeOfAnOperationIsQuadraticInTheEntriesAlreadyThere() {
        World world = new World(World.host("h", 8, DataSize.ofGiB(8)));
        ContainerStack stack = storeStack();
        int n = 40;
        // one at a time, a second apart: nobody queues, each finds all the earlier ones alive
        for (int i = 0; i < n; i++) {
            int index = i;
            world.sim.schedule(i * SimTime.SECOND, LAUNCH, () -> world.launch(index, stack));
        }
        world.sim.run();
        long[] took = new long[n];
        for (int k = 0; k < n; k++) {
            took[k] = phaseOf(world.infra.instances().get(k), PhaseKind.TOOLSTACK).durationNanos();
            assertEquals((10 + 2 * k) * (1_000_000 + 100_000 * k), took[k], "with " + k + " entries");
        }
        // constant, positive second differences: a parabola, which a hold growing linearly cannot draw
        long second = took[2] - 2 * took[1] + took[0];
        assertTrue(second > 0);
        for (int k = 2; k < n; k++) {
            assertEquals(second, took[k] - 2 * took[k - 1] + took[k - 2], "at " + k);
        }
        PhaseRecord last = phaseOf(world.infra.instances().get(n - 1), PhaseKind.TOOLSTACK);
        assertEquals(10 * SimTime.MILLISECOND, last.aloneNanos(), "alone, on an empty store");
        assertEquals(took[n - 1] - 10 * SimTime.MILLISECOND, last.worstContention().orElseThrow().extraNanos());
    }

    @Test
    void concurrentOperationsQueueForTheStoreAndEachFindsItFuller() {
        World world = new World(World.host("h", 8, DataSize.ofGiB(8)));
        ContainerStack stack = storeStack();
        for (int i = 0; i < 3; i++) {
            world.launch(i, stack);
        }
        world.sim.run();
        // the first is served alone on an empty store; by the time the others are served all three are alive,
        // so each of them finds two entries, and each waits for everyone served before it
        long first = STORE.nanos(0);
        long fuller = STORE.nanos(2);
        for (int k = 0; k < 3; k++) {
            PhaseRecord record = phaseOf(world.infra.instances().get(k), PhaseKind.TOOLSTACK);
            assertEquals(first + k * fuller, record.durationNanos(), "served one at a time: " + k);
            if (k > 0) {
                PhaseInterval.Queued queued = (PhaseInterval.Queued) record.intervals().get(0);
                assertEquals(ControlPoint.XENSTORE, queued.point());
                assertEquals(first + (k - 1) * fuller, queued.durationNanos());
            }
        }
    }

    @Test
    void xensStoreMakesThreeMoreRequestsPerRunningDomainEachSlowerTheFullerItIs() {
        StoreWork xen = Hypervisors.XENSTORE_PER_CREATE;
        assertEquals(177 + 3 * 500, xen.requests() + xen.requestsPerEntry() * 500, 1e-9);
        long at250 = xen.growthNanos(250);
        long at500 = xen.growthNanos(500);
        assertTrue(at500 > 3 * at250, "twice the domains, more than three times the growth: " + at250 + ", " + at500);
        assertTrue(xen.grows());
        assertTrue(!StoreWork.hold(Duration.ofMillis(40), Duration.ZERO).grows());
    }
}
