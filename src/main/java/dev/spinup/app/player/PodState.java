package dev.spinup.app.player;

/** Where a pod is at one moment, as the cluster view draws it. */
public enum PodState {
    /** Not created yet. */
    NOT_YET("not created yet"),
    /** Created, not bound to a node: in the scheduler's queues. */
    PENDING("unscheduled (Pending, no node yet)"),
    /** Bound; its kubelet is pulling the image (or waiting for the node's one pull at a time). */
    PULLING("pulling its image"),
    /** Bound; its kubelet creates the pod sandbox. */
    SANDBOX("creating its sandbox"),
    /** Its container (or, with one VM per replica, its VM) is starting. */
    STARTING("starting"),
    /** Its container runs; its kubelet has not reported it yet (it notices at its next relist). */
    STARTED("container up, not yet reported by the kubelet"),
    /** Running, not yet passing its readiness probe. */
    RUNNING("running, not yet ready"),
    /** Running and Ready. */
    READY("ready"),
    /** Being deleted (scaled down, replaced by a rollout): no longer Ready, its container stopping. */
    TERMINATING("terminating"),
    /** On a node whose machine failed: gone in fact, still on the books until it is evicted. */
    LOST("lost with its node"),
    /** Deleted or evicted. */
    GONE("gone");

    private final String label;

    PodState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Drawn on a node (bound and not gone). */
    public boolean onNode() {
        return this == PULLING || this == SANDBOX || this == STARTING || this == STARTED || this == RUNNING
                || this == READY || this == TERMINATING || this == LOST;
    }

    /** Bound and on its way to running. */
    public boolean starting() {
        return this == PULLING || this == SANDBOX || this == STARTING || this == STARTED;
    }
}
