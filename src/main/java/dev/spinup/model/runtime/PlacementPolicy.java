package dev.spinup.model.runtime;

/** The placements a scenario file can name when no orchestrator decides; each makes a fresh {@link Placement}. */
public enum PlacementPolicy {
    /** Fill the first host until it refuses, then the next: shows how many fit on one host. */
    FIRST_FIT,
    /** Instance k goes to host k mod n: an even spread, the same on every stack. */
    ROUND_ROBIN;

    /** A new placement of this policy (first fit keeps per-run state, so one per infrastructure). */
    public Placement create() {
        return this == FIRST_FIT ? new FirstFit() : new RoundRobin();
    }
}
