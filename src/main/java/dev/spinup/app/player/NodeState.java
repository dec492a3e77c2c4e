package dev.spinup.app.player;

/** Where a node is at one moment, as the cluster view draws it. */
public enum NodeState {
    /** Not asked for yet (the autoscaler adds it later). */
    NOT_YET("not asked for yet"),
    /** Asked for: its VM boots, then its kubelet registers; not Ready yet. */
    BOOTING("booting"),
    /** Ready: the scheduler may bind pods to it. */
    READY("Ready"),
    /** Its machine failed; the control plane has not noticed yet and still counts it Ready. */
    FAILED("failed, not noticed yet"),
    /** Marked NotReady by the node lifecycle controller. */
    NOT_READY("NotReady");

    private final String label;

    NodeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Drawn at all. */
    public boolean exists() {
        return this != NOT_YET;
    }

    /** Down in fact (failed, noticed or not). */
    public boolean down() {
        return this == FAILED || this == NOT_READY;
    }

    /** What the scheduler believes: a failed node stays a candidate until it is marked NotReady. */
    public boolean schedulable() {
        return this == READY || this == FAILED;
    }
}
