package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FifoResourceTest {

    private static final EventKind HOLD = EventKind.of("hold");

    @Test
    void twoServersServeFiveRequestsInArrivalOrder() {
        Simulation sim = new Simulation();
        FifoResource daemon = new FifoResource(sim, "daemon", 2);
        List<FifoResource.Request> requests = new ArrayList<>();
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FifoResource.Request r = daemon.acquire();
            requests.add(r);
            r.completion().whenDone(c -> {
                grants.add(sim.now());
                sim.delay(10, HOLD).whenDone(d -> r.release());
            });
        }
        assertEquals(3, daemon.queueLength());
        sim.run();
        assertEquals(List.of(0L, 0L, 10L, 10L, 20L), grants);
        assertEquals(List.of(0, 0, 2, 3, 4), requests.stream().map(FifoResource.Request::aheadAtArrival).toList());
        assertEquals(List.of(0L, 0L, 10L, 10L, 20L),
                requests.stream().map(FifoResource.Request::waitedNanos).toList());
        assertEquals(0, daemon.busyServers());
    }

    @Test
    void holdReleasesTheServerEvenWhenTheBodyFails() {
        Simulation sim = new Simulation();
        FifoResource lock = new FifoResource(sim, "netns lock", 1);
        Completion<Void> failing = lock.hold(() -> {
            throw new IllegalStateException("exec failed");
        });
        Completion<Void> next = lock.hold(() -> sim.delay(5, HOLD));
        List<String> outcomes = new ArrayList<>();
        failing.whenDone(c -> outcomes.add("first: " + c.failure().getMessage()));
        next.whenDone(c -> outcomes.add("second done at " + sim.now()));
        sim.run();
        assertEquals(List.of("first: exec failed", "second done at 5"), outcomes);
        assertEquals(0, lock.busyServers());
    }

    @Test
    void withdrawingLeavesTheQueueWithoutBlockingOthers() {
        Simulation sim = new Simulation();
        FifoResource lock = new FifoResource(sim, "lock", 1);
        FifoResource.Request holder = lock.acquire();
        FifoResource.Request quitter = lock.acquire();
        FifoResource.Request patient = lock.acquire();
        List<String> seen = new ArrayList<>();
        quitter.completion().whenDone(c -> seen.add("quitter: " + c.failure().getMessage()));
        patient.completion().whenDone(c -> seen.add("patient granted at " + sim.now()));
        sim.schedule(3, HOLD, () -> quitter.withdraw("instance stopped"));
        sim.schedule(8, HOLD, holder::release);
        sim.run();
        assertEquals(List.of("quitter: instance stopped", "patient granted at 8"), seen);
        assertThrows(IllegalStateException.class, holder::release, "a double release is a bug, not a no-op");
    }

    @Test
    void theListenerSeesGrantsAndQueueLengths() {
        Simulation sim = new Simulation();
        FifoResource lock = new FifoResource(sim, "lock", 1);
        List<String> seen = new ArrayList<>();
        lock.setQueueListener(new FifoResource.QueueListener() {
            @Override
            public void granted(FifoResource.Request r) {
                seen.add("grant waited " + r.waitedNanos());
            }

            @Override
            public void queueChanged(long t, int queued, int busy) {
                seen.add(t + ":" + queued + "/" + busy);
            }
        });
        FifoResource.Request a = lock.acquire();
        lock.acquire();
        sim.schedule(4, HOLD, a::release);
        sim.run();
        assertTrue(seen.containsAll(List.of("grant waited 0", "0:0/1", "0:1/1", "grant waited 4", "4:0/1")), seen::toString);
    }
}
