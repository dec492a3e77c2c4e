package dev.spinup.model.stack;

import dev.spinup.model.DataRate;
import dev.spinup.model.catalogue.Cited;
import java.util.Objects;

/**
 * Same-page merging (KSM) between VMs of the same guest OS on a host: the share of an idle guest's resident
 * memory that is identical across guests, and the rate at which the scanner merges it (so savings lag boots).
 */
public record PageSharing(Cited<Double> shareableFraction, Cited<DataRate> scanRate) {

    public PageSharing {
        Objects.requireNonNull(scanRate, "scanRate");
        if (!(shareableFraction.value() >= 0 && shareableFraction.value() <= 1)) {
            throw new IllegalArgumentException("shareable fraction must be within 0..1");
        }
    }
}
