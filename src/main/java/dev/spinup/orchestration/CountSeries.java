package dev.spinup.orchestration;

import java.util.Arrays;

/**
 * A count that changes at instants (pods ready, pods pending, requests served), kept as a compact step series:
 * value {@code values[i]} holds from {@code times[i]} until the next time. Several changes at one instant keep
 * only the last.
 */
public final class CountSeries {

    private long[] times = new long[16];
    private long[] values = new long[16];
    private int size;

    public CountSeries(long start) {
        times[0] = start;
        size = 1;
    }

    public void set(long time, long value) {
        if (time < times[size - 1]) {
            throw new IllegalArgumentException("time went backwards: " + time + " < " + times[size - 1]);
        }
        if (values[size - 1] == value) {
            return;
        }
        if (time == times[size - 1]) {
            values[size - 1] = value;
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = time;
        values[size] = value;
        size++;
    }

    public void add(long time, long delta) {
        set(time, last() + delta);
    }

    public long last() {
        return values[size - 1];
    }

    public int size() {
        return size;
    }

    public long time(int index) {
        return times[index];
    }

    public long value(int index) {
        return values[index];
    }

    /** The value at {@code time} (the last change at or before it). */
    public long valueAt(long time) {
        int index = Arrays.binarySearch(times, 0, size, time);
        if (index < 0) {
            index = -index - 2;
        } else {
            while (index + 1 < size && times[index + 1] == time) {
                index++;
            }
        }
        return index < 0 ? 0 : values[index];
    }

    /** The first instant the value reached at least {@code threshold}, or −1 if it never did. */
    public long firstReaching(long threshold) {
        for (int i = 0; i < size; i++) {
            if (values[i] >= threshold) {
                return times[i];
            }
        }
        return -1;
    }

    public long max() {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }
}
