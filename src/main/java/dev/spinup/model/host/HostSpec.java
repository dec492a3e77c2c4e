package dev.spinup.model.host;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.util.Objects;

/**
 * The hardware of one host and the memory its own OS keeps: identical for every stack in a comparison.
 *
 * @param vcpuOvercommit how many vCPUs a VM stack may allocate per physical core (1.0 = no overcommit)
 * @param memoryOvercommit with {@link OvercommitPolicy#SWAP}, how far reservations may exceed RAM (2.0 = twice)
 */
public record HostSpec(String name, int cores, DataSize memory, DiskSpec disk, DataRate nic, DataSize hostOsReserved,
                       double vcpuOvercommit, OvercommitPolicy overcommitPolicy, double memoryOvercommit) {

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
    }

    /** Memory left for instances once the host OS has taken its share. */
    public DataSize memoryForInstances() {
        return memory.minus(hostOsReserved);
    }

    public HostSpec withName(String newName) {
        return new HostSpec(newName, cores, memory, disk, nic, hostOsReserved, vcpuOvercommit, overcommitPolicy,
                memoryOvercommit);
    }
}
