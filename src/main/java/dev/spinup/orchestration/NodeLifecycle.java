package dev.spinup.orchestration;

import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;

/**
 * The node lifecycle controller's timers: a node whose kubelet stops reporting is NotReady after the grace
 * period, and its pods are evicted once they have tolerated the NotReady taint for {@code evictionNanos}.
 */
public record NodeLifecycle(Cited<Long> gracePeriodNanos, Cited<Long> evictionNanos) {

    public NodeLifecycle {
        if (gracePeriodNanos.value() < 0 || evictionNanos.value() < 0) {
            throw new IllegalArgumentException("node lifecycle timers cannot be negative");
        }
    }

    public static NodeLifecycle defaults() {
        return new NodeLifecycle(Cited.of(40 * SimTime.SECOND, Source.ESTIMATE_NODE_LIFECYCLE_TIMERS),
                Cited.of(300 * SimTime.SECOND, Source.ESTIMATE_NODE_LIFECYCLE_TIMERS));
    }
}
