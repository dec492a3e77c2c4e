package dev.spinup.engine.stats;

/**
 * The time-weighted mean, minimum and maximum of a piecewise-constant quantity over a window of
 * {@code durationNanos} nanoseconds; mean, min and max are NaN when the window has zero length.
 */
public record TimeWeightedSummary(double mean, double min, double max, long durationNanos) {

    public TimeWeightedSummary {
        if (durationNanos < 0) {
            throw new IllegalArgumentException("a duration cannot be negative: " + durationNanos + " ns");
        }
    }
}
