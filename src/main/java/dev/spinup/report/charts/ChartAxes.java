package dev.spinup.report.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * The axes every chart builds on. Tick labels never follow the default locale, so the same result draws the same
 * SVG on every machine and reads like the CSV next to it ("1.5", never "1,5").
 */
final class ChartAxes {

    /** A value axis spanning more than this ratio goes logarithmic, so small and large values both show. */
    static final double LOG_SCALE_RATIO = 100;

    private ChartAxes() {
    }

    /** A linear axis starting at zero. */
    static NumberAxis linear(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** A linear axis of whole numbers (instances, counts, rows). */
    static NumberAxis counts(String label) {
        NumberAxis axis = linear(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        axis.setNumberFormatOverride(countFormat());
        return axis;
    }

    /** Counts grouped as the lesson texts write them ("1 400"), not "1,400" beside a sentence that says "1 400". */
    static DecimalFormat countFormat() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols);
    }

    /** A linear axis fixed to 0..100, for percentages. */
    static NumberAxis percent(String label) {
        NumberAxis axis = linear(label);
        axis.setRange(0, 100);
        axis.setAutoRange(false);
        return axis;
    }

    /** A base-10 logarithmic axis ticked at 1, 2 and 5 times powers of ten, read as plain numbers. */
    static LogAxis logarithmic(String label) {
        LogAxis axis = new DecadeAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    /** Logarithmic when the positive values span more than {@link #LOG_SCALE_RATIO}, else linear from zero. */
    static ValueAxis forSpread(String label, double smallest, double largest) {
        if (smallest > 0 && largest / smallest > LOG_SCALE_RATIO) {
            LogAxis axis = logarithmic(label);
            axis.setSmallestValue(smallest / 2);
            return axis;
        }
        return linear(label);
    }

    /** A category axis whose long labels wrap onto up to three lines instead of being cut. */
    static CategoryAxis categories(String label) {
        CategoryAxis axis = new CategoryAxis(label);
        axis.setMaximumCategoryLabelLines(3);
        axis.setCategoryMargin(0.25);
        return axis;
    }

    /** Formats a number like the CSV does: at most the given decimals, no grouping, a dot. */
    static String number(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "#".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
