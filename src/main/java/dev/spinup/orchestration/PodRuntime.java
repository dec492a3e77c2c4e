package dev.spinup.orchestration;

/**
 * Where a cluster's pods run once the API server has them: scheduled onto nodes and started by kubelets, or, for
 * the comparison arm, each replica launched as its own VM.
 */
sealed interface PodRuntime permits ScheduledPods, VmPerReplica {

    /** Sets up the nodes (if any) at time zero. */
    void start();

    /** A pod the API server has just created. */
    void created(Pod pod);

    /** A pod its controller or an eviction deletes: stop it wherever it is. */
    void delete(Pod pod);

    /** The node with this index fails now. */
    void failNode(int index);

    /** Fills in what it knows of nodes at the end of the run. */
    void finish(ClusterResult.Builder result);
}
