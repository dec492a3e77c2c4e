package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final EventKind TICK = EventKind.of("tick");
    private static final EventKind LOOP = EventKind.of("spin");

    @Test
    void firesInTimeThenPriorityThenInsertionOrder() {
        Simulation sim = new Simulation();
        List<String> fired = new ArrayList<>();
        sim.schedule(20, TICK, () -> fired.add("b@20"));
        sim.schedule(10, Priority.LATE, TICK, () -> fired.add("late@10"));
        sim.schedule(10, TICK, () -> fired.add("first@10"));
        sim.schedule(10, TICK, () -> fired.add("second@10"));
        sim.schedule(10, Priority.URGENT, TICK, () -> fired.add("urgent@10"));
        sim.run();
        assertEquals(List.of("urgent@10", "first@10", "second@10", "late@10", "b@20"), fired);
        assertEquals(20, sim.now());
        assertEquals(5, sim.eventsFired());
    }

    @Test
    void anEventInAReservedPlaceFiresAsIfScheduledAtTheReservation() {
        Simulation sim = new Simulation();
        List<String> fired = new ArrayList<>();
        long first = sim.reserveOrder(2);
        sim.schedule(10, TICK, () -> fired.add("after@10"));
        sim.scheduleReserved(0, Priority.NORMAL, first, TICK, () -> {
            fired.add("reserved0@0");
            // Scheduled later, in the second reserved place: still ahead of what was scheduled after the reservation.
            sim.scheduleReserved(10, Priority.NORMAL, first + 1, TICK, () -> fired.add("reserved1@10"));
            sim.schedule(10, TICK, () -> fired.add("later@10"));
        });
        sim.run();
        assertEquals(List.of("reserved0@0", "reserved1@10", "after@10", "later@10"), fired);
        assertThrows(IllegalArgumentException.class,
                () -> sim.scheduleReserved(20, Priority.NORMAL, 1_000, TICK, () -> { }), "never reserved");
        assertThrows(IllegalArgumentException.class, () -> sim.reserveOrder(-1));
    }

    @Test
    void schedulingInThePastIsAnError() {
        Simulation sim = new Simulation();
        sim.schedule(100, TICK, () -> { });
        sim.run();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.scheduleAt(50, Priority.NORMAL, TICK, () -> { }));
        assertTrue(e.getMessage().contains("already at 100 ns"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1, TICK, () -> { }));
    }

    @Test
    void cancelledEventsNeverFire() {
        Simulation sim = new Simulation();
        List<Integer> fired = new ArrayList<>();
        ScheduledEvent a = sim.schedule(5, TICK, () -> fired.add(5));
        sim.schedule(7, TICK, () -> fired.add(7));
        ScheduledEvent c = sim.schedule(9, TICK, () -> fired.add(9));
        assertTrue(a.cancel());
        assertFalse(a.cancel());
        assertFalse(a.isPending());
        assertTrue(c.isPending());
        sim.run();
        assertEquals(List.of(7, 9), fired);
        assertFalse(c.cancel(), "an event that fired can no longer be cancelled");
    }

    @Test
    void runUntilStopsAtTheHorizonAndMovesTheClock() {
        Simulation sim = new Simulation();
        List<Long> fired = new ArrayList<>();
        for (long t = 10; t <= 50; t += 10) {
            long at = t;
            sim.schedule(t, TICK, () -> fired.add(at));
        }
        sim.runUntil(30);
        assertEquals(List.of(10L, 20L, 30L), fired);
        assertEquals(30, sim.now());
        sim.runUntil(45);
        assertEquals(45, sim.now());
        assertEquals(1, sim.pendingEvents());
        assertTrue(sim.step());
        assertEquals(50, sim.now());
        assertFalse(sim.step());
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEvent() {
        Simulation sim = new Simulation();
        List<Long> fired = new ArrayList<>();
        sim.schedule(1, TICK, () -> fired.add(sim.now()));
        sim.schedule(2, TICK, () -> {
            fired.add(sim.now());
            sim.stop();
        });
        sim.schedule(3, TICK, () -> fired.add(sim.now()));
        sim.run();
        assertEquals(List.of(1L, 2L), fired);
        sim.run();
        assertEquals(List.of(1L, 2L, 3L), fired);
    }

    @Test
    void aZeroDelayLoopStopsWithAnErrorNamingTheEventKind() {
        Simulation sim = new Simulation(new SimulationLimits(1_000));
        Runnable[] loop = new Runnable[1];
        loop[0] = () -> sim.schedule(0, LOOP, loop[0]);
        sim.schedule(SimTime.MILLISECOND * 3, LOOP, loop[0]);
        SimulationException e = assertThrows(SimulationException.class, sim::run);
        assertTrue(e.getMessage().contains("more than 1000 events at 3 ms"), e.getMessage());
        assertTrue(e.getMessage().contains("'spin' ×1"), e.getMessage());
        assertEquals(3 * SimTime.MILLISECOND, e.timeNanos());
    }

    @Test
    void aFailingActionPropagatesWithTimeAndKind() {
        Simulation sim = new Simulation();
        sim.schedule(SimTime.SECOND, EventKind.of("kernel boot"), () -> {
            throw new IllegalStateException("no root device");
        });
        SimulationException e = assertThrows(SimulationException.class, sim::run);
        assertEquals("event 'kernel boot' failed at 1 s: no root device", e.getMessage());
        assertEquals(IllegalStateException.class, e.getCause().getClass());
    }

    @Test
    void listenersSeeEveryEventInOrder() {
        Simulation sim = new Simulation();
        List<String> seen = new ArrayList<>();
        sim.addListener((time, kind) -> seen.add(kind + "@" + time));
        sim.schedule(3, EventKind.of("b"), () -> { });
        sim.schedule(1, EventKind.of("a"), () -> sim.schedule(1, EventKind.of("c"), () -> { }));
        sim.run();
        assertEquals(List.of("a@1", "c@2", "b@3"), seen);
    }

    @Test
    void delayIsOneEvent() {
        Simulation sim = new Simulation();
        Completion<Void> done = sim.delay(SimTime.ofMillis(250), TICK);
        assertFalse(done.isDone());
        sim.run();
        assertTrue(done.isSucceeded());
        assertEquals(250 * SimTime.MILLISECOND, sim.now());
        assertEquals(1, sim.eventsFired());
    }

    @Test
    void eventHandleReportsItsTimeAndKind() {
        Simulation sim = new Simulation();
        ScheduledEvent e = sim.schedule(42, TICK, () -> { });
        assertEquals(42, e.time());
        assertSame(TICK, e.kind());
    }

    @Test
    void formatsTimesForPeople() {
        assertEquals("850 ms", SimTime.format(SimTime.ofMillis(850)));
        assertEquals("15.1 s", SimTime.format(SimTime.ofSeconds(15.1)));
        assertEquals("420 µs", SimTime.format(420 * SimTime.MICROSECOND));
        assertEquals("2 min 3 s", SimTime.format(123 * SimTime.SECOND));
        assertEquals("12 ns", SimTime.format(12));
    }
}
