package dev.spinup.app.player;

import dev.spinup.model.host.MemoryComponent;
import java.util.Map;
import java.util.Objects;

/**
 * One host's memory at one moment, by component (resident bytes as the run recorded them), beside the host's
 * capacity, the part its own operating system keeps, and what its instances have reserved (a VM's whole RAM,
 * a container's limit): admission goes by the reservation, so that gap is why fewer VMs fit.
 */
public record HostMemory(String host, long capacityBytes, long hostOsBytes, Map<MemoryComponent, Long> components,
                         long instancesReservedBytes) {

    public HostMemory {
        Objects.requireNonNull(host, "host");
        components = Map.copyOf(components);
    }

    /** Resident bytes in use, the host OS included, net of pages merged by page sharing. */
    public long usedBytes() {
        long sum = hostOsBytes;
        for (MemoryComponent c : MemoryComponent.values()) {
            long v = components.getOrDefault(c, 0L);
            sum += c == MemoryComponent.PAGE_SHARING_SAVINGS ? -v : v;
        }
        return sum;
    }

    /**
     * Bytes held by reservation: the host OS, what the host keeps once for all (daemon, shared layers), and
     * every instance's reservation; never less than what is in use.
     */
    public long reservedBytes() {
        long held = hostOsBytes + instancesReservedBytes;
        for (Map.Entry<MemoryComponent, Long> e : components.entrySet()) {
            if (!e.getKey().perInstance() && e.getKey() != MemoryComponent.PAGE_SHARING_SAVINGS) {
                held += e.getValue();
            }
        }
        return Math.max(held, usedBytes());
    }
}
