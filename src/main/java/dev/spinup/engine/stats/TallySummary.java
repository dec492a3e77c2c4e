package dev.spinup.engine.stats;

/**
 * An immutable summary of a {@link Tally}: count, mean, sample standard deviation, extremes and type-7
 * percentiles. Values that need more observations than there were are NaN (everything when count is 0,
 * the standard deviation when count is 1).
 */
public record TallySummary(long count, double mean, double stdDev, double min, double max,
                           double p50, double p95, double p99) {

    private static final TallySummary EMPTY =
            new TallySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public TallySummary {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }

    /** The summary of no observations: count 0, every statistic NaN. */
    public static TallySummary empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
