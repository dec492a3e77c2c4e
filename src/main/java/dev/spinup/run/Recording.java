package dev.spinup.run;

import dev.spinup.scenario.WorkBudget;
import java.util.Locale;
import java.util.Optional;

/**
 * What a run kept of its first replication: every detail (small runs, lessons), or, past
 * {@link WorkBudget#MAX_DETAILED_INSTANCES} instances × stacks, summaries and series only.
 */
public enum Recording {
    /** Every instance's phases with their intervals, the trace, and every host's and registry's series. */
    FULL,
    /**
     * The summaries of every replication, each instance's outcome (times, state, host, memory) without its phases,
     * ready instances over time, and each host's memory and live instances over time; no trace, no phase
     * timelines, no load, queue or registry series.
     */
    SUMMARIES_AND_SERIES;

    /** What a run of {@code instancesKept} instances × stacks kept, for the output; empty when it kept everything. */
    public Optional<String> note(long instancesKept) {
        if (this == FULL) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "This run kept summaries and series only: %,d instances ×"
                + " stacks is past the %,d whose every phase and event a run keeps, so it has no phase timelines,"
                + " trace, or load and queue series (the charts drawn from them are left out).", instancesKept,
                WorkBudget.MAX_DETAILED_INSTANCES));
    }
}
