package dev.spinup.bench;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.Exponential;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.ScenarioReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A scenario file run in-process, as {@code spinup run} runs it but without the JVM start, reading and the report:
 * wall and CPU time, events fired and peak heap, beside a baseline measured in the same JVM, the bare engine firing
 * the same number of events (a hold model with as many pending events as the run's hosts have resources).
 *
 * <p>{@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.spinup.bench.ScenarioRunBenchmark
 * -Dbench.args='benchmarks/hundred-thousand-vms.json 3'} (the file, then how many measured runs after one warm-up).
 */
public final class ScenarioRunBenchmark {

    private static final EventKind HOLD = EventKind.of("hold");

    private ScenarioRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ScenarioFile scenario = new ScenarioReader().read(file.toString(), Files.readString(file));
        System.out.printf(Locale.ROOT, "%s: max heap %d MiB, %d processors, load average %.2f%n", file,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        HeapPeak heap = new HeapPeak();
        System.out.println("| run | wall (s) | CPU (s) | events | events/s | peak heap (MiB) | recording |"
                + " engine alone, same events (s) | ratio |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|---:|---:|");
        for (int i = 0; i <= runs; i++) {
            heap.reset();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            RunResult result = new Runner().run(scenario.scenario());
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            long peak = heap.peak();
            long events = result.arms().stream().mapToLong(ArmResult::eventsFired).sum();
            double engine = engineAlone(events, pendingLike(result));
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %,d | %,.0f | %,d | %s | %.2f | %.1f |%n",
                    i == 0 ? "warm-up" : Integer.toString(i), wall, cpuSeconds, events, events / wall, peak >> 20,
                    result.recording(), engine, wall / engine);
        }
    }

    /** As many pending events as the run's hosts have shared resources (CPU, disk, network), at least 1 000. */
    private static int pendingLike(RunResult result) {
        return Math.max(1_000, result.arms().get(0).hosts().size() * 3);
    }

    /** The hold model: {@code pending} events in the queue, each fired one scheduling the next; seconds of wall. */
    static double engineAlone(long events, int pending) {
        Simulation simulation = new Simulation();
        RandomStream stream = new RandomStreams(1).stream("hold");
        Exponential delay = new Exponential(1_000_000);
        long[] left = {events};
        Runnable[] hold = new Runnable[1];
        hold[0] = () -> {
            if (--left[0] > pending) {
                simulation.schedule(Math.round(delay.sample(stream)), HOLD, hold[0]);
            }
        };
        long start = System.nanoTime();
        for (int i = 0; i < pending; i++) {
            simulation.schedule(Math.round(delay.sample(stream)), HOLD, hold[0]);
        }
        simulation.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
