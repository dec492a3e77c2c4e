package dev.spinup.orchestration;

import dev.spinup.model.catalogue.Cited;

/** The cluster autoscaler: how often it looks for unschedulable pods; each pool's {@code maxNodes} bounds it. */
public record ClusterAutoscalerSpec(Cited<Long> scanIntervalNanos) {

    public ClusterAutoscalerSpec {
        if (scanIntervalNanos.value() <= 0) {
            throw new IllegalArgumentException("the scan interval must be positive");
        }
    }
}
