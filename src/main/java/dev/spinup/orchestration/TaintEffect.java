package dev.spinup.orchestration;

/** What a taint does to pods that do not tolerate it (Kubernetes' three effects). */
public enum TaintEffect {
    /** New pods are not scheduled onto the node. */
    NO_SCHEDULE,
    /** The scheduler avoids the node but may still use it (affects scoring, never filtering). */
    PREFER_NO_SCHEDULE,
    /** New pods are not scheduled and running ones are evicted. */
    NO_EXECUTE
}
