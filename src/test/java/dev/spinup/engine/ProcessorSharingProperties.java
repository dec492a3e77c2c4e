package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Checks the virtual-time processor-sharing resource against a naive one that updates every job at every change. */
class ProcessorSharingProperties {

    record Arrival(long at, double work) {
    }

    record Setup(double capacity, double cap, List<Arrival> arrivals) {
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<Arrival> arrival = Combinators.combine(
                Arbitraries.longs().between(0, 5_000),
                Arbitraries.doubles().between(0, 2_000)).as(Arrival::new);
        return Combinators.combine(
                Arbitraries.of(1.0, 2.0, 4.0, 0.37),
                Arbitraries.of(Double.POSITIVE_INFINITY, 1.0, 0.5),
                arrival.list().ofMinSize(1).ofMaxSize(60)).as(Setup::new);
    }

    @Property(tries = 300)
    void finishTimesMatchANaiveSimulationAndWorkIsConserved(@ForAll("setups") Setup setup) {
        Simulation sim = new Simulation();
        ProcessorSharing ps = new ProcessorSharing(sim, "ps", setup.capacity(), setup.cap());
        List<ProcessorSharing.Job> jobs = new ArrayList<>();
        for (int i = 0; i < setup.arrivals().size(); i++) {
            Arrival a = setup.arrivals().get(i);
            sim.scheduleAt(a.at(), Priority.NORMAL, EventKind.of("arrival"), () -> jobs.add(ps.submit(a.work())));
        }
        sim.run();

        List<Arrival> byTime = new ArrayList<>(setup.arrivals());
        byTime.sort((x, y) -> Long.compare(x.at(), y.at()));
        double[] expected = naiveFinishTimes(byTime, setup.capacity(), Math.min(setup.cap(), setup.capacity()));
        double totalWork = 0;
        for (int i = 0; i < jobs.size(); i++) {
            ProcessorSharing.Job job = jobs.get(i);
            assertEquals(byTime.get(i).work(), job.work());
            // The clock ticks in whole nanoseconds, so each completion event can shift the others by under 1 ns.
            assertEquals(expected[i], job.finishedAt(), jobs.size() + 1.0 + 1e-9 * expected[i], "job " + i);
            assertTrue(job.finishedAt() - job.submittedAt() >= job.aloneNanos() - 1);
            totalWork += job.work();
        }
        assertEquals(totalWork, ps.servedWork(), 1e-6 * Math.max(1, totalWork) + jobs.size() * setup.capacity());
        assertEquals(jobs.size(), ps.jobsCompleted());
    }

    /** The textbook O(n)-per-event processor-sharing simulation with real-valued time. */
    private static double[] naiveFinishTimes(List<Arrival> arrivals, double capacity, double cap) {
        int n = arrivals.size();
        double[] remaining = new double[n];
        double[] finish = new double[n];
        boolean[] active = new boolean[n];
        int next = 0;
        int done = 0;
        double t = 0;
        while (done < n) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    count++;
                }
            }
            double rate = count == 0 ? 0 : Math.min(cap, capacity / count);
            double nextArrival = next < n ? arrivals.get(next).at() : Double.POSITIVE_INFINITY;
            double nextFinish = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    nextFinish = Math.min(nextFinish, t + remaining[i] / rate);
                }
            }
            double until = Math.min(nextArrival, nextFinish);
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    remaining[i] -= rate * (until - t);
                }
            }
            t = until;
            for (int i = 0; i < n; i++) {
                if (active[i] && remaining[i] <= 1e-9 * Math.max(1, rate)) {
                    active[i] = false;
                    finish[i] = t;
                    done++;
                }
            }
            while (next < n && arrivals.get(next).at() <= t) {
                remaining[next] = arrivals.get(next).work();
                if (remaining[next] == 0) {
                    finish[next] = t;
                    done++;
                } else {
                    active[next] = true;
                }
                next++;
            }
        }
        return finish;
    }
}
