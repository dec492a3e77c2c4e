package dev.spinup.model.stack;

import dev.spinup.model.DataSize;
import java.util.Objects;

/** The size of one VM: its virtual CPUs and the guest RAM it is given. */
public record VmShape(int vcpus, DataSize guestRam) {

    public VmShape {
        if (vcpus < 1) {
            throw new IllegalArgumentException("a VM needs at least one vCPU, was " + vcpus);
        }
        Objects.requireNonNull(guestRam, "guestRam");
        if (guestRam.isZero()) {
            throw new IllegalArgumentException("a VM needs some guest RAM");
        }
    }
}
