package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {

    private static final EventKind WAIT = EventKind.of("wait");

    @Test
    void thenRunsStepsOneAfterAnother() {
        Simulation sim = new Simulation();
        List<Long> marks = new ArrayList<>();
        Completion<String> chain = sim.delay(100, WAIT)
                .then(v -> {
                    marks.add(sim.now());
                    return sim.delay(50, WAIT);
                })
                .map(v -> {
                    marks.add(sim.now());
                    return "ready";
                });
        sim.run();
        assertEquals(List.of(100L, 150L), marks);
        assertEquals("ready", chain.value());
    }

    @Test
    void aFailureSkipsTheRestOfTheChainAndReachesTheEnd() {
        Simulation sim = new Simulation();
        List<String> ran = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("disk gone");
        Completion<Void> chain = sim.delay(10, WAIT)
                .<Void>then(v -> {
                    throw boom;
                })
                .then(v -> {
                    ran.add("never");
                    return sim.delay(1, WAIT);
                });
        List<Throwable> seen = new ArrayList<>();
        chain.whenDone(c -> seen.add(c.failure()));
        sim.run();
        assertTrue(chain.isFailed());
        assertEquals(List.of(boom), seen);
        assertTrue(ran.isEmpty());
    }

    @Test
    void aFailureNobodyWaitsForStopsTheRun() {
        Simulation sim = new Simulation();
        Completion<Void> orphan = sim.completion();
        sim.schedule(5, WAIT, () -> orphan.fail(new IllegalStateException("lost")));
        SimulationException e = assertThrows(SimulationException.class, sim::run);
        assertTrue(e.getMessage().contains("a failure nobody waited for at 5 ns: lost"), e.getMessage());
    }

    @Test
    void allOfWaitsForTheSlowestAndFailsWithTheFirstFailure() {
        Simulation sim = new Simulation();
        Completion<Void> all = Completion.allOf(sim, List.of(sim.delay(30, WAIT), sim.delay(70, WAIT),
                sim.delay(10, WAIT)));
        long[] doneAt = {-1};
        all.whenDone(c -> doneAt[0] = sim.now());
        sim.run();
        assertEquals(70, doneAt[0]);

        Completion<Void> failing = sim.completion();
        Completion<Void> both = Completion.allOf(sim, List.of(sim.delay(100, WAIT), failing));
        sim.schedule(5, WAIT, () -> failing.fail(new IllegalArgumentException("bad")));
        long[] failedAt = {-1};
        both.whenDone(c -> failedAt[0] = sim.now());
        sim.run();
        assertEquals(75, failedAt[0], "fails as soon as one part fails, not when the others end");
        assertTrue(both.isFailed());
        assertEquals("bad", both.failure().getMessage());
        assertTrue(Completion.allOf(sim, List.of()).isSucceeded());
    }

    @Test
    void callbacksRunInRegistrationOrderAndLateOnesStillRun() {
        Simulation sim = new Simulation();
        Completion<Integer> c = sim.completion();
        List<String> order = new ArrayList<>();
        c.whenDone(x -> order.add("a" + x.value()));
        c.whenDone(x -> order.add("b" + x.value()));
        sim.schedule(1, WAIT, () -> c.succeed(7));
        sim.run();
        c.whenDone(x -> order.add("late" + x.value()));
        assertEquals(List.of("a7", "b7", "late7"), order);
        assertThrows(IllegalStateException.class, () -> c.succeed(8));
    }

    @Test
    void aLongChainOfInstantHandOversDoesNotDeepenTheStack() {
        Simulation sim = new Simulation();
        int n = 200_000;
        Completion<Integer> first = sim.completion();
        Completion<Integer> last = first;
        for (int i = 0; i < n; i++) {
            last = last.map(v -> v + 1);
        }
        Completion<Integer> end = last;
        sim.schedule(1, WAIT, () -> first.succeed(0));
        sim.run();
        assertEquals(n, end.value());
        assertEquals(1, sim.eventsFired(), "instant hand-overs cost no events");
    }

    @Test
    void valueOfAPendingCompletionIsAnError() {
        Simulation sim = new Simulation();
        Completion<String> c = sim.completion();
        assertFalse(c.isDone());
        assertThrows(IllegalStateException.class, c::value);
        assertThrows(IllegalStateException.class, c::failure);
    }
}
