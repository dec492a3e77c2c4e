package dev.spinup.orchestration;

import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import java.util.Objects;

/**
 * How every node's kubelet works: pulls one image at a time unless told otherwise ({@code serializeImagePulls}),
 * through the registry pull limit, creates each pod's sandbox in {@code sandboxNanos}, and notices a started
 * container at its next PLEG relist; keeps back from pods what its {@link NodeReservation} says.
 */
public record KubeletSpec(Cited<Boolean> serializeImagePulls, RateLimit registryPulls, Cited<Long> sandboxNanos,
                          Cited<Long> relistPeriodNanos, NodeReservation reservation) {

    public KubeletSpec {
        Objects.requireNonNull(serializeImagePulls, "serializeImagePulls");
        Objects.requireNonNull(registryPulls, "registryPulls");
        Objects.requireNonNull(reservation, "reservation");
        if (sandboxNanos.value() < 0 || relistPeriodNanos.value() < 0) {
            throw new IllegalArgumentException("kubelet times cannot be negative");
        }
    }

    public static KubeletSpec defaults() {
        return new KubeletSpec(Cited.of(true, Source.KUBELET_IMAGE_PULLS), RateLimit.registryPulls(),
                Cited.of(500 * SimTime.MILLISECOND, Source.ESTIMATE_KUBELET_POD_WORKER),
                Cited.of(SimTime.SECOND, Source.ESTIMATE_KUBELET_POD_WORKER), NodeReservation.defaults());
    }
}
