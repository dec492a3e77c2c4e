package dev.spinup.app.player;

import java.util.List;
import java.util.Objects;

/**
 * One stack's column at one moment: every instance's tile state (in the order of {@link ArmTrack#instances()}),
 * the node VMs' (for containers in VMs), the counters, and each host's memory.
 */
public record ArmFrame(String stackId, long timeNanos, List<InstanceMoment> instances, List<InstanceMoment> nodeVms,
                       Counts counts, List<HostMemory> hosts) {

    public ArmFrame {
        Objects.requireNonNull(stackId, "stackId");
        instances = List.copyOf(instances);
        nodeVms = List.copyOf(nodeVms);
        Objects.requireNonNull(counts, "counts");
        hosts = List.copyOf(hosts);
    }
}
