package dev.spinup.report.charts;

import dev.spinup.run.SweepRange;
import dev.spinup.run.SweptQuantity;
import java.util.stream.Stream;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * The x axis of a sweep: the swept quantity in words with the unit its ticks count in ("Guest RAM per VM (GiB)"),
 * linear for evenly spaced values and logarithmic, and labelled so, for geometrically spaced ones.
 *
 * @param label   the axis label, unit and scale included
 * @param perUnit how many of the range's own units (bytes, nanoseconds, bytes per second) make one tick unit
 */
record SweepAxis(String label, double perUnit, SweepRange range) {

    static final String LOG_SCALE = "log scale";

    static SweepAxis of(SweptQuantity quantity, SweepRange range) {
        double largest = range.values().stream().mapToDouble(v -> Math.abs(v.x())).max().orElse(0);
        Unit unit = switch (range.kind()) {
            case COUNT, NUMBER -> new Unit("", 1);
            case SIZE -> largest >= 1L << 30 ? new Unit("GiB", 1L << 30) : new Unit("MiB", 1L << 20);
            case DURATION -> largest >= 1e9 ? new Unit("s", 1e9) : new Unit("ms", 1e6);
            case RATE -> largest >= 1e9 ? new Unit("GB/s", 1e9) : new Unit("MB/s", 1e6);
        };
        return new SweepAxis(label(quantity.wordsWithStack(), unit.symbol(), range.geometric()), unit.perUnit(),
                range);
    }

    /** "Guest RAM per VM (GiB, log scale)": the words capitalised, then the unit and the scale when there are. */
    static String label(String words, String unit, boolean log) {
        String notes = String.join(", ", Stream.of(unit, log ? LOG_SCALE : "").filter(n -> !n.isEmpty()).toList());
        return SweepChart.capitalised(words) + (notes.isEmpty() ? "" : " (" + notes + ")");
    }

    /** A point's position on this axis, in its tick unit. */
    double position(SweepRange.SweepValue value) {
        return value.x() / perUnit;
    }

    /** The axis: log when the values were spread geometrically, else linear over just the swept range. */
    ValueAxis axis() {
        double smallest = range.values().stream().mapToDouble(this::position).min().orElse(1);
        boolean counts = range.kind() == SweepRange.Kind.COUNT;
        if (range.geometric()) {
            LogAxis axis = ChartAxes.logarithmic(label);
            axis.setSmallestValue(smallest / 2);
            if (counts) {
                axis.setNumberFormatOverride(ChartAxes.countFormat());
            }
            return axis;
        }
        NumberAxis axis = counts ? ChartAxes.counts(label) : ChartAxes.linear(label);
        axis.setAutoRangeIncludesZero(false);
        // room left of the first value, so its marker is not cut in half by the plot's edge
        axis.setAutoRangeStickyZero(false);
        return axis;
    }

    private record Unit(String symbol, double perUnit) {
    }
}
