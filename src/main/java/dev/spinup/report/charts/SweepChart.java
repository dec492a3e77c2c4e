package dev.spinup.report.charts;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.Metric;
import dev.spinup.run.SweepResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One metric against a swept parameter, a line per stack with its 95 % confidence band over the replications
 * (no band with a single replication, whose spread is unknown).
 */
public final class SweepChart {

    static final String NO_BAND = "one replication per point: no confidence band";

    private SweepChart() {
    }

    public static Slug slug(Metric metric) {
        return new Slug("sweep-" + metric.key());
    }

    /** Each stack coloured by its family, as in the run's own charts. */
    public static Chart of(SweepResult sweep, StackColours colours, Metric metric, Theme theme) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.25f);
        CsvTable.Builder csv = CsvTable.builder("parameter", "x", "value", "stack_id", "stack", "metric",
                "mean", "ci_low", "ci_high", "n");
        double smallest = Double.POSITIVE_INFINITY;
        double largest = Double.NEGATIVE_INFINITY;
        int fewestReplications = Integer.MAX_VALUE;
        int mostReplications = 0;
        for (int s = 0; s < sweep.stackIds().size(); s++) {
            String id = sweep.stackIds().get(s);
            String label = sweep.stackLabels().get(s);
            YIntervalSeries series = new YIntervalSeries(label, false, true);
            for (SweepResult.Point point : sweep.points()) {
                Optional<ConfidenceInterval> ci = Optional.ofNullable(point.byStack().get(s).get(metric));
                if (ci.isEmpty()) {
                    continue;
                }
                ConfidenceInterval c = ci.get();
                boolean bounded = Double.isFinite(c.halfWidth());
                double x = point.value().x();
                series.add(x, c.mean(), bounded ? c.lower() : c.mean(), bounded ? c.upper() : c.mean());
                smallest = Math.min(smallest, x);
                largest = Math.max(largest, x);
                fewestReplications = Math.min(fewestReplications, c.n());
                mostReplications = Math.max(mostReplications, c.n());
                csv.row(sweep.parameter(), x, point.value().text(), id, label, metric.key(), c.mean(),
                        bounded ? Optional.of(c.lower()) : Optional.empty(),
                        bounded ? Optional.of(c.upper()) : Optional.empty(), c.n());
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(s, colours.colour(id));
            renderer.setSeriesFillPaint(s, colours.colour(id));
        }
        ValueAxis xAxis = ChartAxes.forSpread(capitalised(sweep.parameter()), smallest, largest);
        if (xAxis instanceof NumberAxis linear) {
            linear.setAutoRangeIncludesZero(false);
        }
        NumberAxis yAxis = ChartAxes.linear(axisLabel(metric));
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        String title = capitalised(metric.label()) + " vs " + sweep.parameter();
        JFreeChart chart = ChartAssembly.chart(title, plot, true);
        String note = mostReplications == 0 ? "" : fewestReplications < 2 ? NO_BAND
                : "shaded: 95 % confidence interval over " + (fewestReplications == mostReplications
                        ? fewestReplications : fewestReplications + "\u2013" + mostReplications) + " replications";
        return ChartAssembly.finish(slug(metric), chart, List.of(note), csv.build(), theme);
    }

    static String axisLabel(Metric metric) {
        String unit = metric.unit().symbol();
        return capitalised(metric.label()) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
