package dev.spinup.model.runtime;

/** Where an instance is in its lifecycle. */
public enum InstanceState {
    REQUESTED,
    REFUSED,
    STARTING,
    RUNNING,
    STOPPING,
    STOPPED,
    FAILED;

    /** True while the instance holds resources on its host. */
    public boolean isLive() {
        return this == STARTING || this == RUNNING || this == STOPPING;
    }
}
