package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void aBurstPassesAtOnceThenTakersFollowTheRate() {
        Simulation sim = new Simulation();
        // kubelet's registryPullQPS=5, registryBurst=10
        TokenBucket pulls = new TokenBucket(sim, "registry QPS", 5, 10);
        List<Long> granted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pulls.take().whenDone(c -> granted.add(sim.now()));
        }
        sim.run();
        assertEquals(20, granted.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(0L, granted.get(i));
        }
        for (int i = 10; i < 20; i++) {
            long expected = (i - 9) * 200 * SimTime.MILLISECOND;
            assertEquals(expected, granted.get(i), 1.0, "taker " + i);
        }
    }

    @Test
    void tokensRefillWhileIdleButNeverBeyondTheBurst() {
        Simulation sim = new Simulation();
        TokenBucket api = new TokenBucket(sim, "api", 10, 2);
        List<Long> granted = new ArrayList<>();
        sim.schedule(SimTime.SECOND * 10, EventKind.of("later"), () -> {
            for (int i = 0; i < 3; i++) {
                api.take().whenDone(c -> granted.add(sim.now() - SimTime.SECOND * 10));
            }
        });
        sim.run();
        assertEquals(List.of(0L, 0L, 100 * SimTime.MILLISECOND), granted);
    }

    @Test
    void nonsenseRatesAreRefused() {
        Simulation sim = new Simulation();
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(sim, "x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(sim, "x", 1, 0.5));
    }
}
