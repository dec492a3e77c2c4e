package dev.spinup.model.startup;

import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one phase of one instance did: when it ran, what slowed it, the source of its defaults, and its
 * {@link PhaseInterval}s, which follow one another from start to end so their durations add up to the phase's.
 */
public record PhaseRecord(PhaseKind kind, long startNanos, long endNanos, long aloneNanos,
                          List<Contention> contentions, Optional<PullSummary> pull, Source source,
                          List<PhaseInterval> intervals) {

    public PhaseRecord {
        Objects.requireNonNull(kind, "kind");
        if (endNanos < startNanos) {
            throw new IllegalArgumentException(kind + " ends before it starts");
        }
        contentions = List.copyOf(contentions);
        Objects.requireNonNull(pull, "pull");
        Objects.requireNonNull(source, "source");
        intervals = List.copyOf(intervals);
    }

    /** A record without intervals, for phases told as a whole (tests, hand-made records). */
    public PhaseRecord(PhaseKind kind, long startNanos, long endNanos, long aloneNanos, List<Contention> contentions,
                       Optional<PullSummary> pull, Source source) {
        this(kind, startNanos, endNanos, aloneNanos, contentions, pull, source, List.of());
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** The contention that cost the most time, if any did. */
    public Optional<Contention> worstContention() {
        Contention worst = null;
        for (Contention c : contentions) {
            if (worst == null || c.extraNanos() > worst.extraNanos()) {
                worst = c;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** The narration of this phase: how long it took and why. */
    public String explain() {
        StringBuilder text = new StringBuilder(kind.label()).append(": ").append(SimTime.format(durationNanos()));
        pull.ifPresent(p -> text.append("; ").append(p.explain()));
        for (Contention c : contentions) {
            text.append("; ").append(c.explain());
        }
        return text.toString();
    }
}
