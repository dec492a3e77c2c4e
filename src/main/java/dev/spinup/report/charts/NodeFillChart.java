package dev.spinup.report.charts;

import dev.spinup.orchestration.NodeFill;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How full each node was at the end of the run: the CPU its pods request as a share of what it can allocate,
 * one bar per node and stack (spread fills every node a little, bin-packing a few to the brim). Large clusters
 * show an even sample of at most {@value #MAX_NODES} nodes; the table lists every node.
 */
public final class NodeFillChart {

    public static final Slug SLUG = new Slug("node-fill");
    static final String TITLE = "CPU requested per node";
    static final String VALUE_AXIS = "CPU requested (% of allocatable)";
    static final int MAX_NODES = 40;

    private NodeFillChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "node", "pool", "pods", "max_pods",
                "cpu_requested_percent", "memory_requested_percent", "ready", "failed", "autoscaled");
        int largest = 0;
        for (ArmResult arm : result.arms()) {
            if (arm.cluster().isEmpty() || arm.cluster().get().nodes().isEmpty()) {
                continue;
            }
            List<NodeFill> nodes = arm.cluster().get().nodes();
            largest = Math.max(largest, nodes.size());
            paints.add(colours.colour(arm.stack().id()));
            int step = Math.max(1, (nodes.size() + MAX_NODES - 1) / MAX_NODES);
            for (int i = 0; i < nodes.size(); i++) {
                NodeFill node = nodes.get(i);
                if (i % step == 0) {
                    dataset.addValue(100 * node.cpuFraction(), arm.stack().label(), "node " + (i + 1));
                }
                csv.row(arm.stack().id(), arm.stack().label(), node.name(), node.pool(), node.pods(),
                        node.maxPods(), 100 * node.cpuFraction(), 100 * node.memoryFraction(), yesNo(node.ready()),
                        yesNo(node.failed()), yesNo(node.autoscaled()));
            }
        }
        BarRenderer renderer = new BarRenderer();
        for (int i = 0; i < paints.size(); i++) {
            renderer.setSeriesPaint(i, paints.get(i));
        }
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(dataset, ChartAxes.categories("Node"),
                ChartAxes.percent(VALUE_AXIS), renderer);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        String note = largest > MAX_NODES ? "at the end of the run; an even sample of the " + largest + " nodes"
                : "at the end of the run";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
