package dev.spinup.orchestration;

/** One thing the control plane did or saw, worth a sentence in the narration ("the autoscaler asked for 2 nodes"). */
public record ClusterNote(long timeNanos, Kind kind, String text) {

    /** What kind of happening it was. */
    public enum Kind {
        SCALED,
        ROLLOUT,
        NODE_FAILED,
        NODE_NOT_READY,
        PODS_EVICTED,
        NODE_REQUESTED,
        NODE_READY,
        AUTOSCALED,
        UNSCHEDULABLE
    }
}
