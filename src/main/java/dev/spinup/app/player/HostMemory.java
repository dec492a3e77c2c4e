package dev.spinup.app.player;

import dev.spinup.model.host.MemoryComponent;
import java.util.Map;
import java.util.Objects;

/**
 * One host's memory at one moment, by component (resident bytes as the run recorded them), beside the host's
 * capacity and the part its own operating system keeps.
 */
public record HostMemory(String host, long capacityBytes, long hostOsBytes, Map<MemoryComponent, Long> components) {

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
}
