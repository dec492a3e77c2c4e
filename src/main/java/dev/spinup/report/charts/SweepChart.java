package dev.spinup.report.charts;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.Metric;
import dev.spinup.run.SweepResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One metric against a swept parameter, a line per stack with its 95 % confidence band over the replications
 * (no band with a single replication, whose spread is unknown). Where a stack's host was full and refused some of
 * the instances asked for, its points are hollow and a series of their own: the figure there is of the instances
 * that started, which would otherwise read as a plateau.
 */
public final class SweepChart {

    static final String NO_BAND = "one replication per point: no confidence band";
    static final String REFUSED_SERIES = ", some refused";
    static final String REFUSED_NOTE = "hollow: the host was full and refused some; the figure is of those started";

    private SweepChart() {
    }

    public static Slug slug(Metric metric) {
        return new Slug("sweep-" + metric.key());
    }

    /** Each stack coloured by its family, as in the run's own charts. */
    public static Chart of(SweepResult sweep, StackColours colours, Metric metric, Theme theme) {
        SweepAxis xAxis = SweepAxis.of(sweep.quantity(), sweep.range());
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.25f);
        CsvTable.Builder csv = CsvTable.builder("parameter", "x", "value", "stack_id", "stack", "metric",
                "mean", "ci_low", "ci_high", "n", "refused");
        int fewestReplications = Integer.MAX_VALUE;
        int mostReplications = 0;
        boolean anyRefused = false;
        for (int s = 0; s < sweep.stackIds().size(); s++) {
            String id = sweep.stackIds().get(s);
            String label = sweep.stackLabels().get(s);
            YIntervalSeries started = new YIntervalSeries(label, false, true);
            YIntervalSeries refusing = new YIntervalSeries(label + REFUSED_SERIES, false, true);
            Optional<double[]> previous = Optional.empty();
            for (SweepResult.Point point : sweep.points()) {
                Map<Metric, ConfidenceInterval> figures = point.byStack().get(s);
                ConfidenceInterval c = figures.get(metric);
                if (c == null) {
                    continue;
                }
                double refused = Optional.ofNullable(figures.get(Metric.REFUSED)).map(ConfidenceInterval::mean)
                        .orElse(0.0);
                boolean bounded = Double.isFinite(c.halfWidth());
                double x = xAxis.position(point.value());
                double[] item = {x, c.mean(), bounded ? c.lower() : c.mean(), bounded ? c.upper() : c.mean()};
                if (refused > 0) {
                    // joined to the last full point, so the line does not break where the host fills up
                    if (refusing.isEmpty() && previous.isPresent()) {
                        add(refusing, previous.get());
                    }
                    add(refusing, item);
                    anyRefused = true;
                } else {
                    add(started, item);
                }
                previous = Optional.of(item);
                fewestReplications = Math.min(fewestReplications, c.n());
                mostReplications = Math.max(mostReplications, c.n());
                csv.row(sweep.parameter(), x, point.value().text(), id, label, metric.key(), c.mean(),
                        bounded ? Optional.of(c.lower()) : Optional.empty(),
                        bounded ? Optional.of(c.upper()) : Optional.empty(), c.n(), refused);
            }
            for (YIntervalSeries series : List.of(started, refusing)) {
                int index = dataset.getSeriesCount();
                dataset.addSeries(series);
                renderer.setSeriesPaint(index, colours.colour(id));
                renderer.setSeriesFillPaint(index, colours.colour(id));
                renderer.setSeriesVisibleInLegend(index, !series.isEmpty());
                renderer.setSeriesShapesFilled(index, series == started);
            }
        }
        ValueAxis yAxis = valueAxis(metric, dataset);
        XYPlot plot = new XYPlot(dataset, xAxis.axis(), yAxis, renderer);
        String title = capitalised(metric.label()) + " vs " + sweep.quantity().words();
        JFreeChart chart = ChartAssembly.chart(title, plot, true);
        String band = mostReplications == 0 ? "" : fewestReplications < 2 ? NO_BAND
                : "shaded: 95 % confidence interval over " + (fewestReplications == mostReplications
                        ? fewestReplications : fewestReplications + "\u2013" + mostReplications) + " replications";
        return ChartAssembly.finish(slug(metric), chart, List.of(band, anyRefused ? REFUSED_NOTE : ""), csv.build(),
                theme);
    }

    /**
     * Counts grouped ("1 400"); times logarithmic past a hundredfold spread, and labelled so, as a sub-second
     * series would otherwise lie flat on the floor of a 30 s axis.
     */
    private static ValueAxis valueAxis(Metric metric, YIntervalSeriesCollection dataset) {
        if (metric.unit() == Metric.Unit.COUNT) {
            return ChartAxes.counts(axisLabel(metric, false));
        }
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                double y = dataset.getYValue(s, i);
                if (y > 0) {
                    smallest = Math.min(smallest, y);
                    largest = Math.max(largest, y);
                }
            }
        }
        boolean log = metric.unit() == Metric.Unit.SECONDS && largest / smallest > ChartAxes.LOG_SCALE_RATIO;
        return ChartAxes.forSpread(axisLabel(metric, log), log ? smallest : 0, largest);
    }

    private static void add(YIntervalSeries series, double[] item) {
        series.add(item[0], item[1], item[2], item[3]);
    }

    static String axisLabel(Metric metric, boolean log) {
        return SweepAxis.label(metric.label(), metric.unit().symbol(), log);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
