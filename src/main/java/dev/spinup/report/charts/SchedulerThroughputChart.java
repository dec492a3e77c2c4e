package dev.spinup.report.charts;

import dev.spinup.orchestration.CountSeries;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scheduler's throughput: pods bound per second, averaged over {@value #WINDOWS} equal windows of the run,
 * per stack. Its ceiling is the scheduler's cycle time or its API client's QPS, whichever binds first.
 */
public final class SchedulerThroughputChart {

    public static final Slug SLUG = new Slug("scheduler-throughput");
    static final String TITLE = "Scheduler throughput";
    static final String VALUE_AXIS = "Pods bound per second";
    static final int WINDOWS = 120;

    private SchedulerThroughputChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        long end = Math.max(1, result.arms().stream().mapToLong(ArmResult::endNanos).max().orElse(1));
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "time_s", "pods_bound_per_second");
        int index = 0;
        long window = Math.max(1, end / WINDOWS);
        for (ArmResult arm : result.arms()) {
            if (arm.cluster().isEmpty()) {
                continue;
            }
            CountSeries bound = arm.cluster().get().bound();
            List<StepLine.Point> points = new ArrayList<>();
            for (long from = 0; from < end; from += window) {
                double perSecond = (bound.valueAt(from + window) - bound.valueAt(from)) / (window / 1e9);
                points.add(new StepLine.Point(from / 1e9, perSecond));
                csv.row(arm.stack().id(), arm.stack().label(), from / 1e9, perSecond);
            }
            dataset.addSeries(StepLine.heldTo(points, end).toSeries(arm.stack().label()));
            renderer.setSeriesPaint(index++, colours.colour(arm.stack().id()));
        }
        XYPlot plot = new XYPlot(dataset, ChartAxes.linear(ReadyOverTimeChart.TIME_AXIS),
                ChartAxes.linear(VALUE_AXIS), renderer);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(),
                "pods bound per second, in " + WINDOWS + " equal windows of the run"), csv.build(), theme);
    }
}
