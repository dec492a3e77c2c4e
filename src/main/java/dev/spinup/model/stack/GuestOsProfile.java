package dev.spinup.model.stack;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.startup.PhaseSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guest operating system: its boot phases after the firmware (bootloader, kernel, initrd, init), the memory its
 * kernel and services keep resident when idle (in {@code idleVaries}, bytes, when each VM draws its own), and how
 * much of its disk image a boot reads.
 *
 * @param structPageFraction the share of guest RAM the guest kernel spends on its page tables of {@code struct page}
 * @param hiddenFixed RAM the guest never sees as MemTotal beyond that share
 */
public record GuestOsProfile(String key, String name, List<PhaseSpec> bootPhases, Cited<DataSize> idleResident,
                             Cited<Double> structPageFraction, Cited<DataSize> hiddenFixed,
                             Optional<Distribution> idleVaries) {

    public GuestOsProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        bootPhases = List.copyOf(bootPhases);
        Objects.requireNonNull(idleResident, "idleResident");
        Objects.requireNonNull(structPageFraction, "structPageFraction");
        Objects.requireNonNull(hiddenFixed, "hiddenFixed");
        Objects.requireNonNull(idleVaries, "idleVaries");
    }

    /** A guest OS that keeps the same memory resident in every VM. */
    public GuestOsProfile(String key, String name, List<PhaseSpec> bootPhases, Cited<DataSize> idleResident,
                          Cited<Double> structPageFraction, Cited<DataSize> hiddenFixed) {
        this(key, name, bootPhases, idleResident, structPageFraction, hiddenFixed, Optional.empty());
    }

    /** Guest RAM the guest kernel takes for itself before anything runs: 16 MB plus ~1.56 % of RAM. */
    public DataSize structPageTax(DataSize guestRam) {
        return guestRam.times(structPageFraction.value()).plus(hiddenFixed.value());
    }

    public GuestOsProfile withBootPhases(List<PhaseSpec> value) {
        return new GuestOsProfile(key, name, value, idleResident, structPageFraction, hiddenFixed, idleVaries);
    }

    /** The same idle memory in every VM. */
    public GuestOsProfile withIdleResident(Cited<DataSize> value) {
        return new GuestOsProfile(key, name, bootPhases, value, structPageFraction, hiddenFixed, Optional.empty());
    }

    /** Idle memory each VM's guest draws its own of (in bytes); {@link #idleResident()} is its mean. */
    public GuestOsProfile withIdleResidentVarying(Distribution bytes, Source source) {
        return new GuestOsProfile(key, name, bootPhases, Cited.of(DataSize.ofBytes(Math.round(bytes.mean())), source),
                structPageFraction, hiddenFixed, Optional.of(bytes));
    }

    public GuestOsProfile withName(String value) {
        return new GuestOsProfile(key, value, bootPhases, idleResident, structPageFraction, hiddenFixed, idleVaries);
    }
}
