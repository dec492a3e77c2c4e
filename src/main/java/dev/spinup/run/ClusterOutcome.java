package dev.spinup.run;

import dev.spinup.orchestration.ClusterResult;
import dev.spinup.orchestration.ClusterSpec;

/**
 * An arm's cluster figures a sweep can chart: how long after the last scale event every wanted pod was ready
 * (nanoseconds, −1 if never), and the most pods pending and unschedulable at once. {@link #NONE} for an arm
 * without a cluster.
 */
public record ClusterOutcome(long scaleOutNanos, long maxPending, long maxUnschedulable) {

    /** No cluster: every figure undefined. */
    public static final ClusterOutcome NONE = new ClusterOutcome(-1, -1, -1);

    static ClusterOutcome of(ClusterResult result, ClusterSpec spec) {
        return new ClusterOutcome(result.scaleOutNanos(spec), result.pending().max(), result.unschedulable().max());
    }

    boolean isPresent() {
        return maxPending >= 0;
    }
}
