package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StopConditionTest {

    private static final EventKind TICK = EventKind.of("tick");

    private static Simulation ticking(long[] fired) {
        Simulation simulation = new Simulation();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            fired[0]++;
            simulation.schedule(1, TICK, tick[0]);
        };
        simulation.schedule(1, TICK, tick[0]);
        return simulation;
    }

    @Test
    void anEndlessRunStopsSoonAfterItsConditionHolds() {
        long[] fired = {0};
        Simulation simulation = ticking(fired);
        simulation.stopWhen(() -> fired[0] >= 10_000);
        simulation.run();
        assertTrue(fired[0] >= 10_000 && fired[0] < 10_000 + Simulation.STOP_POLL_EVENTS,
                "stopped within one poll interval: " + fired[0]);
        assertEquals(fired[0], simulation.eventsFired());
    }

    @Test
    void runUntilStopsTooAndLeavesTheClockWhereItStopped() {
        long[] fired = {0};
        Simulation simulation = ticking(fired);
        simulation.stopWhen(() -> fired[0] >= 5_000);
        simulation.runUntil(1_000_000);
        assertTrue(simulation.now() < 1_000_000, "the clock stays at the last event fired");
        assertEquals(simulation.now(), fired[0]);
    }

    @Test
    void withoutAConditionTheRunGoesOn() {
        long[] fired = {0};
        Simulation simulation = ticking(fired);
        simulation.runUntil(100_000);
        assertEquals(100_000, fired[0]);
    }
}
