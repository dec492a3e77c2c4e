package dev.spinup.model.host;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.util.Objects;

/**
 * The hardware of one host and the memory its own OS keeps: identical for every stack in a comparison.
 *
 * @param vcpuOvercommit how many vCPUs a VM stack may allocate per physical core (1.0 = no overcommit)
 * @param memoryOvercommit with {@link OvercommitPolicy#SWAP}, how far reservations may exceed RAM (2.0 = twice)
 * @param admission whether admission counts what instances reserve or what they are expected to use
 */
public record HostSpec(String name, int cores, DataSize memory, DiskSpec disk, DataRate nic, DataSize hostOsReserved,
                       double vcpuOvercommit, OvercommitPolicy overcommitPolicy, double memoryOvercommit,
                       AdmissionBasis admission) {

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
                memoryOvercommit, admission);
    }

    public HostSpec withAdmission(AdmissionBasis value) {
        return new HostSpec(name, cores, memory, disk, nic, hostOsReserved, vcpuOvercommit, overcommitPolicy,
                memoryOvercommit, value);
    }
}
