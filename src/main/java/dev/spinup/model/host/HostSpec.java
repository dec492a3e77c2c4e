package dev.spinup.model.host;

import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.util.Objects;

/**
 * The hardware of one host and the memory its own OS keeps: identical for every stack in a comparison.
 *
 * @param vcpuOvercommit how many vCPUs a VM stack may allocate per physical core (1.0 = no overcommit)
 * @param memoryOvercommit with {@link OvercommitPolicy#SWAP}, how far reservations may exceed RAM (2.0 = twice)
 * @param admission whether admission counts what instances reserve or what they are expected to use
 * @param varies what of the disk and network each host of its group draws for itself; {@code disk} and {@code nic}
 *               are then the nominal values (the means), and {@link #drawn} gives one host's own
 */
public record HostSpec(String name, int cores, DataSize memory, DiskSpec disk, DataRate nic, DataSize hostOsReserved,
                       double vcpuOvercommit, OvercommitPolicy overcommitPolicy, double memoryOvercommit,
                       AdmissionBasis admission, HostVariation varies) {

    public HostSpec {
        Objects.requireNonNull(name, "name");
        if (cores < 1) {
            throw new IllegalArgumentException("a host needs at least one core, was " + cores);
        }
        if (hostOsReserved.compareTo(memory) >= 0) {
            throw new IllegalArgumentException("host OS reserves " + hostOsReserved + " of only " + memory);
        }
        if (!(vcpuOvercommit >= 1) || !(memoryOvercommit >= 1)) {
            throw new IllegalArgumentException("overcommit ratios must be at least 1");
        }
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(varies, "varies");
    }

    /** A host whose hardware is fixed. */
    public HostSpec(String name, int cores, DataSize memory, DiskSpec disk, DataRate nic, DataSize hostOsReserved,
                    double vcpuOvercommit, OvercommitPolicy overcommitPolicy, double memoryOvercommit,
                    AdmissionBasis admission) {
        this(name, cores, memory, disk, nic, hostOsReserved, vcpuOvercommit, overcommitPolicy, memoryOvercommit,
                admission, HostVariation.NONE);
    }

    /** A host that admits by reservation, as Kubernetes' scheduler does with requests. */
    public HostSpec(String name, int cores, DataSize memory, DiskSpec disk, DataRate nic, DataSize hostOsReserved,
                    double vcpuOvercommit, OvercommitPolicy overcommitPolicy, double memoryOvercommit) {
        this(name, cores, memory, disk, nic, hostOsReserved, vcpuOvercommit, overcommitPolicy, memoryOvercommit,
                AdmissionBasis.RESERVATION);
    }

    /** Memory left for instances once the host OS has taken its share. */
    public DataSize memoryForInstances() {
        return memory.minus(hostOsReserved);
    }

    public HostSpec withName(String newName) {
        return new HostSpec(newName, cores, memory, disk, nic, hostOsReserved, vcpuOvercommit, overcommitPolicy,
                memoryOvercommit, admission, varies);
    }

    public HostSpec withAdmission(AdmissionBasis value) {
        return new HostSpec(name, cores, memory, disk, nic, hostOsReserved, vcpuOvercommit, overcommitPolicy,
                memoryOvercommit, value, varies);
    }

    public HostSpec withVariation(HostVariation value) {
        return new HostSpec(name, cores, memory, disk, nic, hostOsReserved, vcpuOvercommit, overcommitPolicy,
                memoryOvercommit, admission, value);
    }

    /** This host as one run has it: its own draws of what varies, or itself (the same object) when nothing does. */
    public HostSpec drawn(RandomStreams streams) {
        return varies.varies() ? varies.drawn(this, streams) : this;
    }

    /** The same host with this disk and network and nothing left to vary. */
    HostSpec withHardware(DiskSpec newDisk, DataRate newNic) {
        return new HostSpec(name, cores, memory, newDisk, newNic, hostOsReserved, vcpuOvercommit, overcommitPolicy,
                memoryOvercommit, admission, HostVariation.NONE);
    }
}
