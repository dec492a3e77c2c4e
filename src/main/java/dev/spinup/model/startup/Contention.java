package dev.spinup.model.startup;

import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Source;
import java.util.Objects;

/**
 * Why a demand took longer than it would have alone: it queued at a control point behind others, or it shared a
 * resource (CPU, disk, network) with others. The numbers are kept; the sentence is only built when asked for.
 *
 * @param extraNanos time beyond what the demand would have taken with the host to itself
 * @param others for a queue, how many were ahead; for a shared resource, how many others on average
 * @param source where the number behind the slowdown comes from (the phase's work, the swap estimate)
 */
public record Contention(Kind kind, String resource, long extraNanos, double others, Source source) {

    public Contention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** Queued for a one-at-a-time resource, or slowed by sharing a divisible one. */
    public enum Kind {
        QUEUED,
        SHARED,
        /** The work itself grew because more instances are alive (a bigger store to update, more mounts to scan). */
        GROWTH,
        SWAPPING
    }

    /** A sentence for the "why?" tooltip. */
    public String explain() {
        return switch (kind) {
            case QUEUED -> "waited " + SimTime.format(extraNanos) + " for " + resource + ", behind " + othersAhead();
            case SHARED -> "lost " + SimTime.format(extraNanos) + " sharing the " + resource + sharedWith();
            case GROWTH -> "lost " + SimTime.format(extraNanos) + " because " + resource + " had "
                    + Math.round(others) + " live instances to keep track of";
            case SWAPPING -> "lost " + SimTime.format(extraNanos) + " because the host was swapping";
        };
    }

    /** The sentence without its cause, for a second slowdown of the same kind on the same resource. */
    public String explainAgain() {
        return switch (kind) {
            case QUEUED -> SimTime.format(extraNanos) + " behind " + othersAhead();
            case SHARED -> SimTime.format(extraNanos) + sharedWith();
            case GROWTH, SWAPPING -> SimTime.format(extraNanos);
        };
    }

    private String othersAhead() {
        long n = Math.round(others);
        return n + (n == 1 ? " other" : " others");
    }

    private String sharedWith() {
        // an average under one half means the resource was shared only now and then
        return Math.round(others) == 0 ? " now and then" : " with about " + othersAhead();
    }
}
