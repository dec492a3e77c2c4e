package dev.spinup.report.charts;

import dev.spinup.orchestration.ClusterResult;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A cluster's pods over time, per stack: pods ready (solid) and pods pending, created but not yet running
 * (dotted, in the same colour), so a scale-out shows how long pods waited and where capacity ran out.
 */
public final class PodsOverTimeChart {

    public static final Slug SLUG = new Slug("pods-over-time");
    static final String TITLE = "Pods ready and pending over time";
    static final String VALUE_AXIS = "Pods";
    /** Spans a line is thinned to before drawing: more than a 1920-pixel-wide plot has columns. */
    private static final int DRAWN_SPANS = 2000;

    private PodsOverTimeChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        long end = result.arms().stream().mapToLong(ArmResult::endNanos).max().orElse(0);
        XYSeriesCollection dataset = new XYSeriesCollection();
        ReadyPendingRenderer renderer = new ReadyPendingRenderer();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "series", "time_s", "pods");
        int index = 0;
        for (ArmResult arm : result.arms()) {
            if (arm.cluster().isEmpty()) {
                continue;
            }
            ClusterResult cluster = arm.cluster().get();
            for (boolean ready : new boolean[] {true, false}) {
                StepLine line = ClusterSeriesLine.of(ready ? cluster.ready() : cluster.pending(), end);
                String name = ready ? "ready" : "pending";
                dataset.addSeries(line.thinned(DRAWN_SPANS).toSeries(arm.stack().label() + " " + name));
                renderer.setSeriesPaint(index, colours.colour(arm.stack().id()));
                if (!ready) {
                    renderer.pending(index);
                }
                index++;
                for (StepLine.Point p : line.points()) {
                    csv.row(arm.stack().id(), arm.stack().label(), name, p.x(), Math.round(p.y()));
                }
            }
        }
        XYPlot plot = new XYPlot(dataset, ChartAxes.linear(ReadyOverTimeChart.TIME_AXIS),
                ChartAxes.counts(VALUE_AXIS), renderer);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(),
                "solid: ready; dotted: pending (created, not yet running)"), csv.build(), theme);
    }
}
