package dev.spinup.report.charts;

import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Start-up time against the order instances were asked for, every stack in its own colour: the picture of "the
 * 500th starts slower than the first" when each start queues behind the ones before it.
 */
public final class StartupByRequestChart {

    public static final Slug SLUG = new Slug("startup-by-request");
    static final String TITLE = "Start-up time by request number";
    static final String REQUEST_AXIS = "Request number (1 = asked for first)";
    static final String VALUE_AXIS = "Start-up time (s)";

    private StartupByRequestChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "request", "instance", "startup_s");
        for (int a = 0; a < result.arms().size(); a++) {
            ArmResult arm = result.arms().get(a);
            List<InstanceResult> inOrder = arm.instances().stream().sorted(Comparator
                    .comparingLong(InstanceResult::requestedAt).thenComparingInt(InstanceResult::index)).toList();
            // autoSort off: the x values are already in order, and duplicates are not expected
            XYSeries series = new XYSeries(arm.stack().label(), false, true);
            for (int n = 0; n < inOrder.size(); n++) {
                InstanceResult instance = inOrder.get(n);
                if (instance.becameReady()) {
                    double seconds = instance.startupNanos() / 1e9;
                    series.add(n + 1, seconds);
                    csv.row(arm.stack().id(), arm.stack().label(), n + 1, instance.id().toString(), seconds);
                }
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(a, colours.colour(arm.stack().id()));
        }
        XYPlot plot = new XYPlot(dataset, ChartAxes.counts(REQUEST_AXIS), ChartAxes.linear(VALUE_AXIS), renderer);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        String note = "each point one instance that became ready, in the order it was asked for";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }
}
