package dev.spinup.report.charts;

import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** How many instances were ready at each moment, every stack on one axis in its own colour. */
public final class ReadyOverTimeChart {

    public static final Slug SLUG = new Slug("ready-over-time");
    static final String TITLE = "Ready instances over time";
    static final String TIME_AXIS = "Time since start (s)";
    static final String VALUE_AXIS = "Ready instances";

    private ReadyOverTimeChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        long end = result.arms().stream().mapToLong(ArmResult::endNanos).max().orElse(0);
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "time_s", "ready");
        for (int a = 0; a < result.arms().size(); a++) {
            ArmResult arm = result.arms().get(a);
            StepLine line = StepLine.of(arm.readyOverTime(), 1, end);
            dataset.addSeries(line.toSeries(arm.stack().label()));
            renderer.setSeriesPaint(a, colours.colour(arm.stack().id()));
            for (StepLine.Point p : line.points()) {
                csv.row(arm.stack().id(), arm.stack().label(), p.x(), Math.round(p.y()));
            }
        }
        XYPlot plot = new XYPlot(dataset, ChartAxes.linear(TIME_AXIS), ChartAxes.counts(VALUE_AXIS), renderer);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title()), csv.build(), theme);
    }
}
