package dev.spinup.report.charts;

import dev.spinup.run.StepSeries;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYSeries;

/**
 * A piecewise-constant quantity as the points a chart draws and a table lists: each change, held until the next.
 * Drawn as one path (a vertical rise at each change), so a dashed line in the print theme stays evenly dashed.
 */
final class StepLine {

    /** One change: from {@code x} on, the value is {@code y}. */
    record Point(double x, double y) {
    }

    private final List<Point> points;

    private StepLine(List<Point> points) {
        this.points = List.copyOf(points);
    }

    static StepLine of(List<Point> points) {
        return new StepLine(points);
    }

    /**
     * The series in seconds and {@code scale}d values, starting from 0 at time 0 when it changed later, and held
     * to {@code endNanos} (when that is after its last change), so every stack's line spans the same axis.
     */
    static StepLine of(StepSeries series, double scale, long endNanos) {
        List<Point> points = new ArrayList<>(series.size() + 2);
        if (series.isEmpty() || series.timeAt(0) > 0) {
            points.add(new Point(0, 0));
        }
        for (int i = 0; i < series.size(); i++) {
            points.add(new Point(series.timeAt(i) / 1e9, series.valueAt(i) * scale));
        }
        long last = series.isEmpty() ? 0 : series.timeAt(series.size() - 1);
        if (endNanos > last) {
            points.add(new Point(endNanos / 1e9, series.last() * scale));
        }
        return new StepLine(points);
    }

    /** The points, plus the last value held to {@code endNanos} when that is after the last point. */
    static StepLine heldTo(List<Point> points, long endNanos) {
        List<Point> all = new ArrayList<>(points);
        double end = endNanos / 1e9;
        if (!all.isEmpty() && end > all.get(all.size() - 1).x()) {
            all.add(new Point(end, all.get(all.size() - 1).y()));
        }
        return new StepLine(all);
    }

    List<Point> points() {
        return points;
    }

    /**
     * The line as drawn over {@code buckets} equal spans of its x range: each span keeps its first point, its
     * lowest, its highest and its last, in order, so the drawn envelope is the same at chart resolution while a
     * 150 000-pod scale-out is drawn from a few thousand points instead of 150 000 (the table keeps them all).
     */
    StepLine thinned(int buckets) {
        if (points.size() <= 4 * buckets) {
            return this;
        }
        double start = points.get(0).x();
        double width = (points.get(points.size() - 1).x() - start) / buckets;
        List<Point> kept = new ArrayList<>(4 * buckets + 1);
        int from = 0;
        while (from < points.size()) {
            long bucket = width <= 0 ? 0 : (long) ((points.get(from).x() - start) / width);
            int to = from;
            int low = from;
            int high = from;
            while (to + 1 < points.size()
                    && (width <= 0 || (long) ((points.get(to + 1).x() - start) / width) == bucket)) {
                to++;
                if (points.get(to).y() < points.get(low).y()) {
                    low = to;
                }
                if (points.get(to).y() > points.get(high).y()) {
                    high = to;
                }
            }
            int[] picks = {from, Math.min(low, high), Math.max(low, high), to};
            int previous = -1;
            for (int pick : picks) {
                if (pick != previous) {
                    kept.add(points.get(pick));
                    previous = pick;
                }
            }
            from = to + 1;
        }
        return new StepLine(kept);
    }

    /** The drawn series: a horizontal run to each change, then the jump. */
    XYSeries toSeries(String key) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (i > 0) {
                series.add(p.x(), points.get(i - 1).y(), false);
            }
            series.add(p.x(), p.y(), false);
        }
        return series;
    }
}
