package dev.spinup.bench;

import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.runtime.Placement;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Boot storms: every instance of the workload is launched at the same instant over many classroom hosts (16 cores,
 * 64 GiB), spread round robin, and the simulation runs until the last one is ready. Reports wall time, events per
 * second and peak heap, and how the cost per instance grows with the storm's size.
 *
 * <p>Workloads: {@code containers-cached} (Docker + runc starting nginx, image already on every host),
 * {@code containers-cold} (the same, every host pulls the image from one shared registry), {@code vms} (Firecracker
 * microVMs of 1 vCPU and 128 MiB booting a minimal Linux; each then runs one 100 ms CPU job and is stopped).
 *
 * <p>Run everything: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.spinup.bench.StormBenchmark
 * -Dbench.args=all}; one storm: {@code -Dbench.args='containers-cached 1000000 10000'}. See docs/performance.md.
 */
public final class StormBenchmark {

    private static final Duration JOB = Duration.ofMillis(100);
    private static final long SEED = 42;

    /** What each instance of a storm is. */
    enum Workload {
        CONTAINERS_CACHED("containers-cached", 100),
        CONTAINERS_COLD("containers-cold", 100),
        VMS("vms", 10);

        final String label;
        /** Instances per host in the scaling series. */
        final int perHost;

        Workload(String label, int perHost) {
            this.label = label;
            this.perHost = perHost;
        }

        static Workload of(String label) {
            for (Workload w : values()) {
                if (w.label.equals(label)) {
                    return w;
                }
            }
            throw new IllegalArgumentException("unknown workload " + label + "; use containers-cached,"
                    + " containers-cold or vms");
        }
    }

    record Storm(Workload workload, int instances, int hosts) {
    }

    /** One storm's figures; {@code done} counts instances that became ready (and, for VMs, ran their job). */
    record Result(Storm storm, double wallSeconds, double cpuSeconds, long events, long peakHeapBytes,
                  long liveHeapBytes, int done, double simulatedSeconds) {

        double eventsPerSecond() {
            return events / wallSeconds;
        }

        double microsPerInstance() {
            return wallSeconds * 1e6 / storm.instances();
        }
    }

    private StormBenchmark() {
    }

    public static void main(String[] args) {
        List<Storm> storms = parse(args);
        System.out.printf(Locale.ROOT, "JVM max heap %s, %d processors, load average %.2f%n",
                DataSize.ofBytes(Runtime.getRuntime().maxMemory()), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        HeapPeak heap = new HeapPeak();
        // Warm the JIT so that the smallest storm is not mostly compilation.
        for (Workload w : Workload.values()) {
            run(new Storm(w, 20_000, 20_000 / w.perHost), heap);
        }
        List<Result> results = new ArrayList<>();
        System.out.println();
        System.out.println("| workload | instances | hosts | wall (s) | CPU (s) | events | events/s"
                + " | µs per instance | peak heap (MiB) | live after (MiB) | ready | simulated (s) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Storm storm : storms) {
            Result r = run(storm, heap);
            results.add(r);
            System.out.printf(Locale.ROOT,
                    "| %s | %,d | %,d | %.2f | %.2f | %,d | %,.0f | %.1f | %,d | %,d | %,d | %.1f |%n",
                    storm.workload().label, storm.instances(), storm.hosts(), r.wallSeconds(), r.cpuSeconds(), r.events(),
                    r.eventsPerSecond(), r.microsPerInstance(), r.peakHeapBytes() >> 20, r.liveHeapBytes() >> 20,
                    r.done(), r.simulatedSeconds());
        }
        printGrowth(results);
    }

    private static List<Storm> parse(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].equals("all"))) {
            List<Storm> storms = new ArrayList<>();
            for (Workload w : Workload.values()) {
                int largest = w == Workload.VMS ? 100_000 : 1_000_000;
                for (int n = 1_000; n <= largest; n *= 10) {
                    storms.add(new Storm(w, n, n / w.perHost));
                }
            }
            return storms;
        }
        if (args.length % 3 != 0) {
            throw new IllegalArgumentException("arguments: all | (<workload> <instances> <hosts>)...");
        }
        List<Storm> storms = new ArrayList<>();
        for (int i = 0; i < args.length; i += 3) {
            storms.add(new Storm(Workload.of(args[i]), Integer.parseInt(args[i + 1]), Integer.parseInt(args[i + 2])));
        }
        return storms;
    }

    /** Per workload, cost per instance relative to its smallest storm, next to what n log n would predict. */
    private static void printGrowth(List<Result> results) {
        System.out.println();
        System.out.println("| workload | instances | µs per instance | × smallest | n log n predicts |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Workload w : Workload.values()) {
            Result base = null;
            for (Result r : results) {
                if (r.storm().workload() != w) {
                    continue;
                }
                if (base == null) {
                    base = r;
                }
                double ratio = r.microsPerInstance() / base.microsPerInstance();
                double predicted = Math.log(r.storm().instances()) / Math.log(base.storm().instances());
                System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %.2f |%n", w.label,
                        r.storm().instances(), r.microsPerInstance(), ratio, predicted);
            }
        }
    }

    static Result run(Storm storm, HeapPeak heap) {
        heap.reset();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Simulation simulation = new Simulation();
        List<HostSpec> hostSpecs = new ArrayList<>(storm.hosts());
        HostSpec host = Hardware.CLASSROOM_HOST.value();
        for (int i = 0; i < storm.hosts(); i++) {
            hostSpecs.add(host.withName("host-" + (i + 1)));
        }
        Infrastructure infra = new Infrastructure(simulation, new RandomStreams(SEED), hostSpecs,
                Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(), Placement.roundRobin(),
                ModelObserver.NONE, false);
        Image image = Images.NGINX;
        if (storm.workload() == Workload.CONTAINERS_CACHED) {
            for (Host h : infra.hosts()) {
                h.layerCache().preload(image);
            }
        }
        StackSpec stack = stackFor(storm.workload());
        AppProfile app = storm.workload() == Workload.VMS ? Apps.HELLO : Apps.NGINX;
        for (int i = 0; i < storm.instances(); i++) {
            Instance instance = infra.launch(i, stack, app, image);
            if (storm.workload() == Workload.VMS) {
                instance.whenReady(() -> infra.runJob(instance, JOB).whenDone(job -> infra.stop(instance)));
            }
        }
        simulation.run();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        long peak = heap.peak();
        int done = 0;
        InstanceState finished = storm.workload() == Workload.VMS ? InstanceState.STOPPED : InstanceState.RUNNING;
        for (Instance instance : infra.instances()) {
            if (instance.state() == finished && instance.readyAt() >= 0) {
                done++;
            }
        }
        long live = HeapPeak.usedAfterFullGc();
        Reference.reachabilityFence(infra);
        return new Result(storm, wall, cpu, simulation.eventsFired(), peak, live, done, simulation.now() / 1e9);
    }

    /** CPU time of the whole JVM (simulation and garbage collector threads), less disturbed by other load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static StackSpec stackFor(Workload workload) {
        if (workload == Workload.VMS) {
            return new VmStack("Firecracker", Hypervisors.FIRECRACKER, GuestSystems.MINIMAL_LINUX,
                    new VmShape(1, DataSize.ofMiB(128)), Optional.empty());
        }
        return new ContainerStack("Docker", ContainerRuntimes.DOCKER_RUNC);
    }
}
