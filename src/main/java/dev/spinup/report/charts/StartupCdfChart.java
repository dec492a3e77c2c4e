package dev.spinup.report.charts;

import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The empirical distribution of start-up times (request to ready) per stack: a step rises by 1/n at each
 * instance's start-up time. Dashed lines at 50 % and 99 % cross each curve at its median and 99th percentile.
 * The time axis goes logarithmic when the times span more than a hundredfold.
 */
public final class StartupCdfChart {

    public static final Slug SLUG = new Slug("startup-cdf");
    static final String TITLE = "Start-up time distribution";
    static final String TIME_AXIS = "Start-up time, request to ready (s)";
    static final String SHARE_AXIS = "Share of instances ready";

    private StartupCdfChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "rank", "startup_s", "cumulative_fraction");
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int a = 0; a < result.arms().size(); a++) {
            ArmResult arm = result.arms().get(a);
            double[] seconds = arm.instances().stream().filter(InstanceResult::becameReady)
                    .mapToDouble(i -> i.startupNanos() / 1e9).sorted().toArray();
            List<StepLine.Point> points = new ArrayList<>();
            int n = seconds.length;
            if (n > 0) {
                points.add(new StepLine.Point(seconds[0], 0));
                smallest = Math.min(smallest, seconds[0]);
                largest = Math.max(largest, seconds[n - 1]);
            }
            for (int i = 0; i < n; i++) {
                double fraction = (i + 1) / (double) n;
                points.add(new StepLine.Point(seconds[i], fraction));
                csv.row(arm.stack().id(), arm.stack().label(), i + 1, seconds[i], fraction);
            }
            dataset.addSeries(StepLine.of(points).toSeries(arm.stack().label()));
            renderer.setSeriesPaint(a, colours.colour(arm.stack().id()));
        }
        var timeAxis = ChartAxes.forSpread(TIME_AXIS, smallest, largest);
        NumberAxis shareAxis = ChartAxes.linear(SHARE_AXIS);
        shareAxis.setRange(0, 1.04);
        XYPlot plot = new XYPlot(dataset, timeAxis, shareAxis, renderer);
        plot.addRangeMarker(percentile(0.5, "p50", false));
        plot.addRangeMarker(percentile(0.99, "p99", true));
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        String note = timeAxis instanceof NumberAxis ? "" : "logarithmic time axis: the times span more than "
                + ChartAxes.number(ChartAxes.LOG_SCALE_RATIO, 0) + "\u00d7";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    /** A dashed line across the plot at {@code share}, labelled at the left, above it or (near the top) below. */
    private static ValueMarker percentile(double share, String label, boolean labelBelow) {
        ValueMarker marker = new ValueMarker(share, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelAnchor(labelBelow ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(labelBelow ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        return marker;
    }
}
