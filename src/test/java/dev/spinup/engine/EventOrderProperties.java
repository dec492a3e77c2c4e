package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class EventOrderProperties {

    private static final EventKind KIND = EventKind.of("p");

    /** One scheduling request: when, at which priority, and whether it is cancelled before the run. */
    record Planned(long time, Priority priority, boolean cancelled) {
    }

    @Provide
    Arbitrary<List<Planned>> plans() {
        Arbitrary<Planned> one = Combinators.combine(
                Arbitraries.longs().between(0, 50),
                Arbitraries.of(Priority.class),
                Arbitraries.of(true, false, false, false)).as(Planned::new);
        return one.list().ofMinSize(0).ofMaxSize(300);
    }

    @Property(tries = 300)
    void eventsFireByTimeThenPriorityThenInsertionAndCancelledOnesNever(@ForAll("plans") List<Planned> plans) {
        Simulation sim = new Simulation();
        List<Integer> fired = new ArrayList<>();
        List<ScheduledEvent> handles = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            int id = i;
            handles.add(sim.scheduleAt(plans.get(i).time(), plans.get(i).priority(), KIND, () -> fired.add(id)));
        }
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).cancelled()) {
                handles.get(i).cancel();
            }
        }
        long[] last = {-1};
        sim.addListener((t, k) -> {
            if (t < last[0]) {
                throw new AssertionError("time went backwards: " + t + " after " + last[0]);
            }
            last[0] = t;
        });
        sim.run();

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (!plans.get(i).cancelled()) {
                expected.add(i);
            }
        }
        expected.sort(Comparator.<Integer>comparingLong(i -> plans.get(i).time())
                .thenComparing(i -> plans.get(i).priority())
                .thenComparingInt(i -> i));
        assertEquals(expected, fired);
    }

    @Property(tries = 200)
    void eventsScheduledWhileRunningKeepTheOrder(@ForAll @Size(max = 60) List<@net.jqwik.api.constraints.LongRange(max = 20) Long> delays) {
        Simulation sim = new Simulation();
        List<Long> times = new ArrayList<>();
        sim.addListener((t, k) -> times.add(t));
        for (long d : delays) {
            sim.schedule(d, KIND, () -> sim.schedule(d / 2, KIND, () -> { }));
        }
        sim.run();
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i) < times.get(i - 1)) {
                throw new AssertionError("out of order at " + i + ": " + times);
            }
        }
        assertEquals(delays.size() * 2L, sim.eventsFired());
    }
}
