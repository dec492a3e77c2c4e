package dev.spinup.engine.stats;

/**
 * The time-weighted average of a piecewise-constant quantity (queue length, memory in use) on the engine's
 * clock in long nanoseconds: each value counts in proportion to how long it was held. The minimum and maximum
 * consider only values held for a positive time, because a value set and replaced at the same instant was never
 * in force, and counting it would make a peak depend on the order of simultaneous events. Not thread-safe.
 */
public final class TimeWeighted {

    private final long startNanos;
    private long lastUpdateNanos;
    private double value;
    /** The integral of the quantity over [startNanos, lastUpdateNanos]. */
    private double area;
    private double min = Double.NaN;
    private double max = Double.NaN;

    /** Starts observing at {@code startNanos} with the quantity at {@code initialValue}. */
    public TimeWeighted(long startNanos, double initialValue) {
        this.startNanos = startNanos;
        this.lastUpdateNanos = startNanos;
        this.value = requireFinite(initialValue);
    }

    /** The quantity changes to {@code newValue} at {@code timeNanos}, which must not precede the last update. */
    public void update(long timeNanos, double newValue) {
        requireNotBefore(timeNanos, "update");
        requireFinite(newValue);
        long held = timeNanos - lastUpdateNanos;
        if (held > 0) {
            area += value * held;
            min = Double.isNaN(min) ? value : Math.min(min, value);
            max = Double.isNaN(max) ? value : Math.max(max, value);
        }
        lastUpdateNanos = timeNanos;
        value = newValue;
    }

    /** The current value of the quantity. */
    public double value() {
        return value;
    }

    public long startNanos() {
        return startNanos;
    }

    public long lastUpdateNanos() {
        return lastUpdateNanos;
    }

    /**
     * The statistics over [start, endTimeNanos], the current value held from the last update to the end;
     * does not change the accumulator, so it can be asked for mid-run.
     */
    public TimeWeightedSummary summary(long endTimeNanos) {
        requireNotBefore(endTimeNanos, "summary");
        long duration = Math.subtractExact(endTimeNanos, startNanos);
        if (duration == 0) {
            return new TimeWeightedSummary(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        long tail = endTimeNanos - lastUpdateNanos;
        double totalArea = area;
        double lowest = min;
        double highest = max;
        if (tail > 0) {
            totalArea += value * tail;
            lowest = Double.isNaN(lowest) ? value : Math.min(lowest, value);
            highest = Double.isNaN(highest) ? value : Math.max(highest, value);
        }
        return new TimeWeightedSummary(totalArea / duration, lowest, highest, duration);
    }

    private void requireNotBefore(long timeNanos, String what) {
        if (timeNanos < lastUpdateNanos) {
            throw new IllegalArgumentException("time went backwards: " + what + " at " + timeNanos
                    + " ns is before the last update at " + lastUpdateNanos + " ns");
        }
    }

    private static double requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a time-weighted quantity must be finite: " + value);
        }
        return value;
    }
}
