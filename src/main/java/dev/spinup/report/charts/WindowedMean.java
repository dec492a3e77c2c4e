package dev.spinup.report.charts;

import dev.spinup.run.StepSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * The time-weighted mean of a piecewise-constant quantity over consecutive windows of equal length. A disk is
 * either busy or idle at any instant, so its raw load flickers between 0 and 100 %; the share of each window it
 * was busy is what a reader can see and compare.
 */
final class WindowedMean {

    /** About this many windows across a run: one every 15 or so pixels of a 1920-wide chart. */
    static final int WINDOWS = 120;

    private WindowedMean() {
    }

    /** A round window length (1, 2 or 5 times a power of ten nanoseconds) giving about {@link #WINDOWS}. */
    static long windowFor(long endNanos) {
        double raw = Math.max(1, endNanos / (double) WINDOWS);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double nice = raw >= 5 * power ? 5 * power : raw >= 2 * power ? 2 * power : power;
        return Math.max(1, Math.round(nice));
    }

    /**
     * One point per window from 0 to {@code endNanos}, at the window's start, in seconds, with the mean of the
     * series over the window times {@code scale}; the last window takes in any remainder shorter than half a
     * window, and is otherwise shorter.
     */
    static List<StepLine.Point> of(StepSeries series, long windowNanos, long endNanos, double scale) {
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("a window must be longer than zero, not " + windowNanos);
        }
        List<StepLine.Point> points = new ArrayList<>();
        int next = 0;
        double current = 0;
        long from = 0;
        while (from < endNanos) {
            long to = Math.min(endNanos, from + windowNanos);
            if (endNanos - to < windowNanos / 2) {
                // A sliver of a last window would show one instant's load as a full-height spike.
                to = endNanos;
            }
            while (next < series.size() && series.timeAt(next) <= from) {
                current = series.valueAt(next++);
            }
            double area = 0;
            long at = from;
            while (next < series.size() && series.timeAt(next) < to) {
                long change = series.timeAt(next);
                area += current * (change - at);
                at = change;
                current = series.valueAt(next++);
            }
            area += current * (to - at);
            points.add(new StepLine.Point(from / 1e9, area / (to - from) * scale));
            from = to;
        }
        return points;
    }
}
