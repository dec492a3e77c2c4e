package dev.spinup.run;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.orchestration.ClusterResult;
import dev.spinup.scenario.StackChoice;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one stack did in a run: the first replication in full detail (every instance's timeline, every
 * host's memory and load over time, the event trace the app replays) and the summary of every replication.
 *
 * @param endNanos when the first replication's simulation ended
 * @param readyOverTime how many instances were ready at each moment of the first replication
 * @param registries the egress load of each registry in the first replication
 * @param eventsFired engine events the first replication fired (what a benchmark compares with the bare engine)
 * @param cluster what the first replication's cluster did, when the scenario has one
 * @param steadyState the steady-state benchmarks the first replication's instances ran once ready, if any
 */
public record ArmResult(StackChoice stack, long seed, List<InstanceResult> instances, List<InstanceResult> nodeVms,
                        List<HostResult> hosts, List<ModelEvent> trace, List<ActionOutcome> actions,
                        StepSeries readyOverTime, long endNanos, List<ArmSummary> replications,
                        List<RegistryResult> registries, long eventsFired, Optional<ClusterResult> cluster,
                        List<SteadyStateRun> steadyState) {

    private static final double CONFIDENCE = 0.95;

    public ArmResult {
        Objects.requireNonNull(stack, "stack");
        instances = List.copyOf(instances);
        nodeVms = List.copyOf(nodeVms);
        hosts = List.copyOf(hosts);
        trace = List.copyOf(trace);
        actions = List.copyOf(actions);
        Objects.requireNonNull(readyOverTime, "readyOverTime");
        replications = List.copyOf(replications);
        registries = List.copyOf(registries);
        Objects.requireNonNull(cluster, "cluster");
        steadyState = List.copyOf(steadyState);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("an arm has at least one replication");
        }
    }

    /** The first replication's summary: the one the detailed results belong to. */
    public ArmSummary summary() {
        return replications.get(0);
    }

    /**
     * A 95 % confidence interval of {@code metric} over the replications where it is defined (infinite half-width
     * with one); empty where no replication defines it (e.g. time until all are ready when some never were).
     */
    public Optional<ConfidenceInterval> interval(Metric metric) {
        double[] values = replications.stream().mapToDouble(r -> r.value(metric)).filter(Double::isFinite)
                .toArray();
        return values.length == 0 ? Optional.empty() : Optional.of(ConfidenceInterval.of(values, CONFIDENCE));
    }
}
