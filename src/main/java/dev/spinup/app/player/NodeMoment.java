package dev.spinup.app.player;

import dev.spinup.orchestration.Resources;
import java.util.List;
import java.util.Objects;

/**
 * One node at one moment: its state, the pods on it in the order they were bound, and what they request.
 *
 * @param node the node's index in its {@link ClusterTimeline}
 */
public record NodeMoment(int node, NodeState state, List<PodMoment> pods, Resources requested) {

    public NodeMoment {
        Objects.requireNonNull(state, "state");
        pods = List.copyOf(pods);
        Objects.requireNonNull(requested, "requested");
    }

    /** Pods on it that are Ready. */
    public long ready() {
        return pods.stream().filter(p -> p.state() == PodState.READY).count();
    }
}
