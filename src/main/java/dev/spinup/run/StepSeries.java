package dev.spinup.run;

import java.util.Arrays;

/**
 * A piecewise-constant quantity over simulated time (memory in use, jobs on a disk, instances ready), stored as
 * the instants it changed and the value from each on. Immutable once built; compact for millions of points.
 */
public final class StepSeries {

    private static final StepSeries EMPTY = new StepSeries(new long[0], new double[0], 0);

    private final long[] times;
    private final double[] values;
    private final int size;

    private StepSeries(long[] times, double[] values, int size) {
        this.times = times;
        this.values = values;
        this.size = size;
    }

    public static StepSeries empty() {
        return EMPTY;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long timeAt(int i) {
        return times[i];
    }

    public double valueAt(int i) {
        return values[i];
    }

    /** The value in force at {@code timeNanos} (0 before the first change). */
    public double valueAtTime(long timeNanos) {
        int i = Arrays.binarySearch(times, 0, size, timeNanos);
        if (i < 0) {
            i = -i - 2;
        } else {
            while (i + 1 < size && times[i + 1] == timeNanos) {
                i++;
            }
        }
        return i < 0 ? 0 : values[i];
    }

    public double max() {
        double max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    /** The last value, or 0 if it never changed. */
    public double last() {
        return size == 0 ? 0 : values[size - 1];
    }

    /** The time-weighted mean over [0, end]. */
    public double timeAverage(long endNanos) {
        if (endNanos <= 0 || size == 0) {
            return size == 0 ? 0 : values[size - 1];
        }
        double area = 0;
        for (int i = 0; i < size; i++) {
            long from = Math.max(0, times[i]);
            long to = i + 1 < size ? Math.min(times[i + 1], endNanos) : endNanos;
            if (to > from) {
                area += values[i] * (to - from);
            }
        }
        return area / endNanos;
    }

    /** Collects changes in time order; a change at the same instant as the previous one replaces it. */
    /** Equal when they hold the same changes: results compare by value, as records do. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StepSeries s && size == s.size
                && Arrays.equals(times, 0, size, s.times, 0, size)
                && Arrays.equals(values, 0, size, s.values, 0, size);
    }

    @Override
    public int hashCode() {
        int hash = size;
        for (int i = 0; i < size; i++) {
            hash = 31 * hash + Long.hashCode(times[i]) + 17 * Double.hashCode(values[i]);
        }
        return hash;
    }

    public static final class Builder {
        /** Most series of a large run hold a handful of changes (an instance's memory): small until they grow. */
        private static final int FIRST_CAPACITY = 4;
        /** Every change but the last. */
        private long[] times = EMPTY.times;
        private double[] values = EMPTY.values;
        private int stored;
        /**
         * The last change, in fields: a busy resource changes many times at one instant, each replacing the last,
         * and this way those touch only the builder, not its arrays.
         */
        private boolean any;
        private long lastTime;
        private double lastValue;

        public Builder set(long timeNanos, double value) {
            if (any) {
                if (timeNanos < lastTime) {
                    throw new IllegalArgumentException("time went backwards: " + timeNanos + " after " + lastTime);
                }
                if (timeNanos == lastTime) {
                    lastValue = value;
                    return this;
                }
                if (lastValue == value) {
                    return this;
                }
                store(lastTime, lastValue);
            }
            any = true;
            lastTime = timeNanos;
            lastValue = value;
            return this;
        }

        private void store(long timeNanos, double value) {
            if (stored == times.length) {
                int capacity = Math.max(FIRST_CAPACITY, stored * 2);
                times = Arrays.copyOf(times, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            times[stored] = timeNanos;
            values[stored] = value;
            stored++;
        }

        public double current() {
            return any ? lastValue : 0;
        }

        public StepSeries build() {
            if (!any) {
                return EMPTY;
            }
            int size = stored + 1;
            long[] t = Arrays.copyOf(times, size);
            double[] v = Arrays.copyOf(values, size);
            t[stored] = lastTime;
            v[stored] = lastValue;
            return new StepSeries(t, v, size);
        }
    }
}
