package dev.spinup.model.runtime;

import dev.spinup.model.DataSize;
import java.util.Objects;

/**
 * Whether a VM stack's guest OS size, drawn per VM, fits what the VM's RAM leaves it: the largest guest OS kept
 * whole (the RAM after the kernel's page tables and the app, as planned; for a node VM, all but 1 MiB of its
 * containers' room) and the share of draws above it, which the model caps and tallies in {@link GuestOsCapping}.
 *
 * @param room        the largest guest OS a VM of the stack keeps whole
 * @param shareCapped the share of draws above {@code room}, 0..1
 */
public record GuestOsFit(DataSize room, double shareCapped) {

    /** Below one draw in ten thousand a cap is too rare to mention beside the value. */
    public static final double RARE = 1e-4;

    public GuestOsFit {
        Objects.requireNonNull(room, "room");
        if (!(shareCapped >= 0 && shareCapped <= 1)) {
            throw new IllegalArgumentException("a share must lie in [0, 1]: " + shareCapped);
        }
    }

    /** True when enough draws exceed the room that a lesson must say some guests will be capped. */
    public boolean capsSome() {
        return shareCapped >= RARE;
    }
}
