package dev.spinup.app.player;

import dev.spinup.orchestration.NodeTimes;
import dev.spinup.orchestration.Resources;
import java.util.Objects;
import java.util.Optional;

/**
 * What stays the same about one node through a played-back run: its name, pool, room and the instants it changed
 * state; and, for a node VM, the VM's own track (its boot phases for the hover card).
 *
 * @param maxPods its pod cap; 0 when it has none (a host taking one VM per replica)
 */
public record ClusterNode(String name, String pool, Resources allocatable, int maxPods, boolean autoscaled,
                          NodeTimes times, Optional<InstanceTrack> vm) {

    public ClusterNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(allocatable, "allocatable");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(vm, "vm");
    }

    public NodeState stateAt(long t) {
        if (t < times.requestedAt()) {
            return NodeState.NOT_YET;
        }
        if (times.notReadyAt() >= 0 && t >= times.notReadyAt()) {
            return NodeState.NOT_READY;
        }
        if (times.failedAt() >= 0 && t >= times.failedAt()) {
            return NodeState.FAILED;
        }
        return times.readyAt() >= 0 && t >= times.readyAt() ? NodeState.READY : NodeState.BOOTING;
    }
}
