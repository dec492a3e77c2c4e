package dev.spinup.run;

import dev.spinup.engine.stats.TallySummary;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.runtime.GuestOsCapping;
import dev.spinup.model.startup.PhaseKind;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * The figures of one arm of one replication: start-up percentiles (nanoseconds), when the last instance became
 * ready, counts, density, memory per instance by component (host-level parts shared out), mean time per phase,
 * what the arm waited on most, and how long instances waited outside the hosts for a start slot.
 *
 * @param allReadyNanos when the last instance became ready, or -1 if some never did
 * @param waiting the waits for a start slot ({@code inFlight}) of every instance that was started, nanoseconds
 * @param cluster the arm's cluster figures, {@link ClusterOutcome#NONE} without a cluster section
 * @param guestOs how many guests drew a guest OS larger than their RAM leaves it (each kept only what it leaves)
 */
public record ArmSummary(TallySummary startup, TallySummary waiting, long allReadyNanos, int requested, int ready, int refused,
                         int failed, double instancesPerHost, Map<MemoryComponent, Double> memoryPerInstance,
                         Map<PhaseKind, Double> meanPhaseNanos, List<ContentionShare> waitedOn,
                         ClusterOutcome cluster, GuestOsCapping guestOs) {

    public ArmSummary {
        // enum order, not Map.copyOf's per-JVM order: sums over these maps must give the same bits on every JVM
        Objects.requireNonNull(startup, "startup");
        Objects.requireNonNull(waiting, "waiting");
        memoryPerInstance = Collections.unmodifiableMap(new TreeMap<>(memoryPerInstance));
        meanPhaseNanos = Collections.unmodifiableMap(new TreeMap<>(meanPhaseNanos));
        waitedOn = List.copyOf(waitedOn);
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(guestOs, "guestOs");
    }

    /** A summary of an arm without a cluster. */
    public ArmSummary(TallySummary startup, TallySummary waiting, long allReadyNanos, int requested, int ready,
                      int refused, int failed, double instancesPerHost, Map<MemoryComponent, Double> memoryPerInstance,
                      Map<PhaseKind, Double> meanPhaseNanos, List<ContentionShare> waitedOn) {
        this(startup, waiting, allReadyNanos, requested, ready, refused, failed, instancesPerHost, memoryPerInstance,
                meanPhaseNanos, waitedOn, ClusterOutcome.NONE, GuestOsCapping.NONE);
    }

    /** The same summary with the arm's cluster figures. */
    ArmSummary withCluster(ClusterOutcome figures) {
        return new ArmSummary(startup, waiting, allReadyNanos, requested, ready, refused, failed, instancesPerHost,
                memoryPerInstance, meanPhaseNanos, waitedOn, figures, guestOs);
    }

    /** The same summary with how many guests drew a guest OS larger than their RAM leaves. */
    ArmSummary withGuestOs(GuestOsCapping capping) {
        return new ArmSummary(startup, waiting, allReadyNanos, requested, ready, refused, failed, instancesPerHost,
                memoryPerInstance, meanPhaseNanos, waitedOn, cluster, capping);
    }

    /** Mean bytes per ready instance, all components, net of merged pages. */
    public double memoryPerInstanceBytes() {
        double sum = 0;
        for (Map.Entry<MemoryComponent, Double> e : memoryPerInstance.entrySet()) {
            sum += e.getKey() == MemoryComponent.PAGE_SHARING_SAVINGS ? -e.getValue() : e.getValue();
        }
        return sum;
    }

    public double value(Metric metric) {
        return switch (metric) {
            case STARTUP_P50 -> startup.p50() / 1e9;
            case STARTUP_P95 -> startup.p95() / 1e9;
            case STARTUP_P99 -> startup.p99() / 1e9;
            case STARTUP_MEAN -> startup.mean() / 1e9;
            case ALL_READY -> allReadyNanos < 0 ? Double.NaN : allReadyNanos / 1e9;
            case READY -> ready;
            case REFUSED -> refused;
            case INSTANCES_PER_HOST -> instancesPerHost;
            case MEMORY_PER_INSTANCE -> memoryPerInstanceBytes() / (1024.0 * 1024.0);
            case WAITING_P50 -> waiting.p50() / 1e9;
            case WAITING_MAX -> waiting.max() / 1e9;
            case PODS_ALL_READY -> cluster.scaleOutNanos() < 0 ? Double.NaN : cluster.scaleOutNanos() / 1e9;
            case PODS_PENDING_MAX -> cluster.isPresent() ? cluster.maxPending() : Double.NaN;
            case PODS_UNSCHEDULABLE_MAX -> cluster.isPresent() ? cluster.maxUnschedulable() : Double.NaN;
        };
    }
}
