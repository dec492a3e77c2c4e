package dev.spinup.orchestration;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A group of alike nodes: how many there are at the start and at most (the cluster autoscaler's bound), their
 * labels and taints, and which arms they belong to (empty: every arm). On a bare-metal arm a pool's nodes are the
 * next hosts of the hardware; on a containers-in-VMs arm they are node VMs booted at time zero.
 */
public record NodePool(String name, int nodes, int maxNodes, Map<String, String> labels, List<Taint> taints,
                       List<String> stacks) {

    public NodePool {
        Objects.requireNonNull(name, "name");
        if (nodes < 0 || maxNodes < nodes) {
            throw new IllegalArgumentException(name + ": a pool needs 0 ≤ nodes ≤ maxNodes, had " + nodes + " and "
                    + maxNodes);
        }
        labels = Map.copyOf(labels);
        taints = List.copyOf(taints);
        stacks = List.copyOf(stacks);
    }

    public boolean appliesTo(String stackId) {
        return stacks.isEmpty() || stacks.contains(stackId);
    }
}
