package dev.spinup.model.runtime;

import dev.spinup.model.DataSize;
import java.util.Objects;

/**
 * How many of a VM stack's guests drew a guest OS larger than their RAM leaves it (after the kernel's page tables
 * and the app), the largest such draw, and that RAM: each such guest keeps only what its RAM leaves, which a
 * lesson must say rather than hide.
 *
 * @param capped guests whose guest OS draw was capped
 * @param drawn guests that drew a guest OS size at all
 * @param largest the largest capped draw
 * @param guestRam the guest RAM those draws were capped within
 */
public record GuestOsCapping(int capped, int drawn, DataSize largest, DataSize guestRam) {

    /** No guest drew a guest OS size. */
    public static final GuestOsCapping NONE = new GuestOsCapping(0, 0, DataSize.ZERO, DataSize.ZERO);

    public GuestOsCapping {
        Objects.requireNonNull(largest, "largest");
        Objects.requireNonNull(guestRam, "guestRam");
        if (capped < 0 || drawn < capped) {
            throw new IllegalArgumentException("capped must be within 0.." + drawn + ", was " + capped);
        }
    }

    /** True when some guest's draw was capped. */
    public boolean any() {
        return capped > 0;
    }

    /** This tally with one more guest's draw of {@code bytes}, capped or not, in {@code ram}. */
    GuestOsCapping with(DataSize bytes, boolean wasCapped, DataSize ram) {
        if (!wasCapped) {
            return new GuestOsCapping(capped, drawn + 1, largest, ram);
        }
        return new GuestOsCapping(capped + 1, drawn + 1, bytes.compareTo(largest) > 0 ? bytes : largest, ram);
    }
}
