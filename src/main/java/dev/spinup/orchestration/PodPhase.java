package dev.spinup.orchestration;

/** Where a pod is in its life, from the API server's point of view. */
public enum PodPhase {
    /** Created, not yet bound to a node (in the scheduler's queues). */
    PENDING,
    /** Bound to a node; its kubelet is pulling, creating the sandbox or starting containers. */
    BOUND,
    /** Its containers run and the kubelet has reported so; not yet passing its readiness probe. */
    RUNNING,
    /** Running and Ready: counted by its ReplicaSet as available. */
    READY,
    /** Deleted or evicted; gone from its node. */
    TERMINATED
}
