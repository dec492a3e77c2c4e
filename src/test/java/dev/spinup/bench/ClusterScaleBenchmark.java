package dev.spinup.bench;

import dev.spinup.orchestration.ClusterResult;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.ScenarioReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes' scalability envelope in simulated time: {@code benchmarks/k8s-5000-nodes.json} (a burst deployment
 * from zero, 30 pods per node) at 100, 500, 1 000, 2 000 and 5 000 nodes, run in-process as {@code spinup run}
 * runs it without the JVM start and the report. The baseline, measured in the same JVM: the same number of
 * containers started directly on the same hosts (round robin, no cluster), so the ratio is what the control plane
 * (controller, scheduler, kubelets, API server) costs on top of the container pipeline.
 *
 * <p>{@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.spinup.bench.ClusterScaleBenchmark
 * -Dbench.args='benchmarks/k8s-5000-nodes.json 100 500 1000 2000 5000'}
 */
public final class ClusterScaleBenchmark {

    private static final int PODS_PER_NODE = 30;
    private static final Pattern HOSTS = Pattern.compile("\"count\": 5000");
    private static final Pattern REPLICAS = Pattern.compile("\"replicas\": 150000");
    private static final Pattern CLUSTER = Pattern.compile("\"cluster\": \\{.*?\\]\\s*\\},", Pattern.DOTALL);
    private static final Pattern WORKLOAD = Pattern.compile("\"instances\": 0");

    private ClusterScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String text = Files.readString(file);
        System.out.printf(Locale.ROOT, "%s: max heap %d MiB, %d processors, load average %.2f%n", file,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // One small warm-up of each kind so the JIT has compiled the hot paths before the first measured size.
        measure(cluster(text, 500));
        measure(direct(text, 500));
        HeapPeak heap = new HeapPeak();
        System.out.println("| nodes | pods | CPU (s) | wall (s) | peak heap (MiB) | events | scheduler cycles |"
                + " all ready (simulated) | same containers without the cluster, CPU (s) | ratio |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        for (int i = 1; i < args.length; i++) {
            int nodes = Integer.parseInt(args[i]);
            heap.reset();
            Measured run = measure(cluster(text, nodes));
            long peak = heap.peak();
            Measured baseline = measure(direct(text, nodes));
            ClusterResult cluster = run.result.arms().get(0).cluster().orElseThrow();
            long events = run.result.arms().stream().mapToLong(ArmResult::eventsFired).sum();
            long lastReady = cluster.ready().time(cluster.ready().size() - 1);
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.2f | %.2f | %,d | %,d | %,d | %.0f s | %.2f | %.2f |%n",
                    nodes, cluster.ready().last(), run.cpuSeconds, run.wallSeconds, peak >> 20, events,
                    cluster.schedulerCycles(), lastReady / 1e9, baseline.cpuSeconds,
                    run.cpuSeconds / baseline.cpuSeconds);
        }
    }

    private record Measured(RunResult result, double cpuSeconds, double wallSeconds) { }

    private static Measured measure(String scenarioText) throws Exception {
        ScenarioFile scenario = new ScenarioReader().read("k8s-scale.json", scenarioText);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        RunResult result = new Runner().run(scenario.scenario());
        return new Measured(result, (processCpuNanos() - cpu) / 1e9, (System.nanoTime() - start) / 1e9);
    }

    /** The benchmark file with {@code nodes} nodes and 30 replicas a node. */
    static String cluster(String text, int nodes) {
        String resized = replaceOnce(HOSTS, text, "\"count\": " + nodes);
        return replaceOnce(REPLICAS, resized, "\"replicas\": " + nodes * PODS_PER_NODE);
    }

    /** The same hosts and containers without the cluster: all at once, round robin, the image on every host. */
    static String direct(String text, int nodes) {
        String hosts = replaceOnce(HOSTS, text, "\"count\": " + nodes);
        String noCluster = replaceOnce(CLUSTER, hosts, "");
        return replaceOnce(WORKLOAD, noCluster, "\"instances\": " + nodes * PODS_PER_NODE
                + ", \"arrival\": \"all-at-once\", \"placement\": \"round-robin\", \"cache\": \"warm\"");
    }

    private static String replaceOnce(Pattern pattern, String text, String replacement) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("the benchmark file no longer has " + pattern.pattern());
        }
        String replaced = matcher.replaceFirst(Matcher.quoteReplacement(replacement));
        if (pattern.matcher(replaced.substring(matcher.start() + replacement.length())).find()) {
            throw new IllegalStateException("the benchmark file has " + pattern.pattern() + " more than once");
        }
        return replaced;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
