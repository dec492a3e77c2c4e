package dev.spinup.app.player;

import java.util.List;
import java.util.Objects;

/**
 * One arm's cluster at one moment: every node (in node order, NOT_YET included so places stay put), the pods
 * waiting for the scheduler, and the counts the column's header shows.
 *
 * @param unschedulable pods the scheduler had found no node for at their last try (its own count)
 */
public record ClusterFrame(String stackId, long timeNanos, List<NodeMoment> nodes, List<PodMoment> pending,
                           int ready, int starting, int lost, int unschedulable) {

    public ClusterFrame {
        Objects.requireNonNull(stackId, "stackId");
        nodes = List.copyOf(nodes);
        pending = List.copyOf(pending);
    }

    public long nodes(NodeState state) {
        return nodes.stream().filter(n -> n.state() == state).count();
    }

    /** Pods created and not gone: pending, on a node, or lost with one. */
    public int pods() {
        return pending.size() + nodes.stream().mapToInt(n -> n.pods().size()).sum();
    }
}
