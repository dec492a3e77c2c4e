package dev.spinup.engine.stats;

import java.util.Arrays;

/**
 * Collects observations of one quantity (boot times, request latencies) and reports their count, mean,
 * sample variance (Welford's update, numerically stable), extremes and exact percentiles. Every observation is
 * kept in a growable primitive array and sorted lazily, once, when a percentile is asked for. Not thread-safe.
 */
public final class Tally {

    private static final int INITIAL_CAPACITY = 16;
    /** Some JVMs cannot allocate arrays right up to Integer.MAX_VALUE. */
    private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

    private double[] values = new double[INITIAL_CAPACITY];
    private int count;
    private double mean;
    private double sumOfSquaredDeviations;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    /** Whether values[0..count) is in ascending order; observations arriving in order never force a sort. */
    private boolean sorted = true;

    /** Records one observation, which must be finite. */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a tally accepts only finite observations: " + value);
        }
        if (count == values.length) {
            grow();
        }
        if (count > 0 && value < values[count - 1]) {
            sorted = false;
        }
        values[count++] = value;
        double delta = value - mean;
        mean += delta / count;
        sumOfSquaredDeviations += delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    private void grow() {
        if (values.length >= MAX_CAPACITY) {
            throw new IllegalStateException("a tally holds at most " + MAX_CAPACITY + " observations");
        }
        int capacity = (int) Math.min(MAX_CAPACITY, 2L * values.length);
        values = Arrays.copyOf(values, capacity);
    }

    public int count() {
        return count;
    }

    /** The arithmetic mean; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** The sample variance (divisor n - 1); NaN with fewer than two observations. */
    public double variance() {
        return count < 2 ? Double.NaN : Math.max(0.0, sumOfSquaredDeviations / (count - 1));
    }

    /** The sample standard deviation (divisor n - 1); NaN with fewer than two observations. */
    public double stdDev() {
        return StrictMath.sqrt(variance());
    }

    /** The smallest observation; NaN when empty. */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** The largest observation; NaN when empty. */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** The exact p-percentile by {@link SampleQuantile} (type 7), p a fraction in [0, 1]; NaN when empty. */
    public double percentile(double p) {
        sortIfNeeded();
        return SampleQuantile.of(values, count, p);
    }

    /** A copy of every observation, in ascending order. */
    public double[] sortedValues() {
        sortIfNeeded();
        return Arrays.copyOf(values, count);
    }

    /** A snapshot of the statistics; an empty tally gives {@link TallySummary#empty()}. */
    public TallySummary summary() {
        if (count == 0) {
            return TallySummary.empty();
        }
        sortIfNeeded();
        return new TallySummary(count, mean(), stdDev(), min(), max(),
                SampleQuantile.of(values, count, 0.50), SampleQuantile.of(values, count, 0.95),
                SampleQuantile.of(values, count, 0.99));
    }

    private void sortIfNeeded() {
        if (!sorted) {
            Arrays.sort(values, 0, count);
            sorted = true;
        }
    }

    @Override
    public String toString() {
        return "Tally[count=" + count + ", mean=" + mean() + "]";
    }
}
