package dev.spinup.orchestration;

import dev.spinup.model.catalogue.Cited;
import java.util.Objects;

/**
 * The control plane's settings: the scheduler's era and strategy, each component's API client limits, and how
 * long the API server takes to serve a request.
 */
public record ControlPlane(SchedulerProfile scheduler, RateLimit controllerManager, RateLimit schedulerClient,
                           RateLimit kubeletClient, Cited<Long> apiLatencyNanos) {

    public ControlPlane {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(controllerManager, "controllerManager");
        Objects.requireNonNull(schedulerClient, "schedulerClient");
        Objects.requireNonNull(kubeletClient, "kubeletClient");
        Objects.requireNonNull(apiLatencyNanos, "apiLatencyNanos");
    }

    /** A recent cluster's defaults: the 2025 scheduler, component clients at their flag defaults, 5 ms a request. */
    public static ControlPlane defaults() {
        return new ControlPlane(SchedulerProfile.v2025(), RateLimit.controllerManager(), RateLimit.scheduler(),
                RateLimit.kubelet(), apiLatency());
    }

    public static Cited<Long> apiLatency() {
        return Cited.of(5_000_000L, dev.spinup.model.catalogue.Source.ESTIMATE_KUBE_CLIENT_RATE_LIMITS);
    }

    public ControlPlane withScheduler(SchedulerProfile profile) {
        return new ControlPlane(profile, controllerManager, schedulerClient, kubeletClient, apiLatencyNanos);
    }
}
