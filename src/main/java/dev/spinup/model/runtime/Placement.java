package dev.spinup.model.runtime;

/** How instances are spread over hosts when no orchestrator decides. */
public enum Placement {
    /** Fill the first host until it refuses, then the next: shows how many fit on one host. */
    FIRST_FIT,
    /** Instance k goes to host k mod n: an even spread, the same on every stack. */
    ROUND_ROBIN
}
