package dev.spinup.bench;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.SimulationLimits;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's speed, measured the classic way. (a) The hold model: 10 000 pending events; each fired event
 * schedules one more at a random future time. (b) The same loop on java.util.PriorityQueue, the practical limit.
 * (c) Processor sharing with n concurrent jobs in steady state: each step is one departure plus one arrival.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.args='EngineBenchmark'}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {

    private static final int PENDING = 10_000;
    private static final int DELAYS = 1 << 16;
    private static final EventKind HOLD = EventKind.of("hold");

    private static long[] randomDelays() {
        SplittableRandom random = new SplittableRandom(1);
        long[] delays = new long[DELAYS];
        for (int i = 0; i < DELAYS; i++) {
            delays[i] = 1 + random.nextLong(1_000_000);
        }
        return delays;
    }

    /** The engine under the hold model. */
    @State(Scope.Thread)
    public static class EngineHold {
        Simulation sim;
        long[] delays;
        int next;
        Runnable reschedule;

        @Setup(Level.Trial)
        public void setUp() {
            sim = new Simulation(new SimulationLimits(Long.MAX_VALUE));
            delays = randomDelays();
            reschedule = () -> sim.schedule(delays[next++ & (DELAYS - 1)], HOLD, this.reschedule);
            for (int i = 0; i < PENDING; i++) {
                sim.schedule(delays[next++ & (DELAYS - 1)], HOLD, reschedule);
            }
        }
    }

    /** The hold model on a bare PriorityQueue ordered like the engine's queue: time, then insertion. */
    @State(Scope.Thread)
    public static class QueueHold {
        record Entry(long time, long seq) implements Comparable<Entry> {
            @Override
            public int compareTo(Entry o) {
                int byTime = Long.compare(time, o.time);
                return byTime != 0 ? byTime : Long.compare(seq, o.seq);
            }
        }

        PriorityQueue<Entry> queue;
        long[] delays;
        int next;
        long seq;
        long now;

        @Setup(Level.Trial)
        public void setUp() {
            queue = new PriorityQueue<>();
            delays = randomDelays();
            for (int i = 0; i < PENDING; i++) {
                queue.add(new Entry(delays[next++ & (DELAYS - 1)], seq++));
            }
        }
    }

    @Benchmark
    public boolean holdModelEngine(EngineHold state) {
        return state.sim.step();
    }

    @Benchmark
    public long holdModelPriorityQueue(QueueHold state) {
        QueueHold.Entry e = state.queue.poll();
        state.now = e.time();
        state.queue.add(new QueueHold.Entry(state.now + state.delays[state.next++ & (DELAYS - 1)], state.seq++));
        return state.now;
    }

    /** Processor sharing with n jobs always active; each job that leaves is replaced by a new one. */
    @State(Scope.Thread)
    public static class SharedDisk {
        @Param({"1000", "10000", "100000", "1000000"})
        int jobs;
        Simulation sim;
        ProcessorSharing disk;
        SplittableRandom random;

        @Setup(Level.Trial)
        public void setUp() {
            sim = new Simulation(new SimulationLimits(Long.MAX_VALUE));
            disk = new ProcessorSharing(sim, "disk", 1.0);
            random = new SplittableRandom(3);
            for (int i = 0; i < jobs; i++) {
                submit();
            }
        }

        void submit() {
            disk.submit(1 + random.nextDouble() * 1e9).completion().whenDone(done -> submit());
        }
    }

    @Benchmark
    public boolean processorSharingDepartureAndArrival(SharedDisk state) {
        return state.sim.step();
    }
}
