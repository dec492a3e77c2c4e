package dev.spinup.model.host;

/** Why a host would not take an instance, in one sentence a student can read. */
public record Refusal(Reason reason, String message) {

    /** The closed set of reasons a host refuses an instance. */
    public enum Reason {
        NOT_ENOUGH_MEMORY,
        NOT_ENOUGH_VCPUS,
        HOST_DOWN
    }
}
