package dev.spinup.report.charts;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * What one instance costs in memory on each stack, stacked by component: the app, a guest kernel and OS, the
 * VMM, the struct-page tax, the shim and a share of the engine daemon, a share of the image layers. Parts the host
 * holds once are shared out over the instances running on it. Page-sharing savings go below zero.
 */
public final class MemoryBreakdownChart {

    public static final Slug SLUG = new Slug("memory-breakdown");
    static final String TITLE = "Memory per instance, by component";
    static final String VALUE_AXIS = "Memory per instance (MiB)";
    private static final double MIB = 1024.0 * 1024.0;
    /** A band under this share of the tallest bar is thinner than a few pixels on any slide. */
    static final double VISIBLE_SHARE = 0.005;

    private MemoryBreakdownChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        Map<MemoryGroup, Set<String>> present = new EnumMap<>(MemoryGroup.class);
        for (ArmResult arm : result.arms()) {
            for (MemoryComponent c : MemoryComponent.values()) {
                if (bytes(arm, c) != 0) {
                    present.computeIfAbsent(MemoryGroup.of(c), g -> new LinkedHashSet<>()).add(MemoryGroup.label(c));
                }
            }
        }
        Map<MemoryGroup, String> seriesNames = new EnumMap<>(MemoryGroup.class);
        present.forEach((group, labels) -> seriesNames.put(group, String.join(" + ", labels)));

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        StackedBarRenderer renderer = new StackedBarRenderer();
        List<MemoryGroup> groups = new ArrayList<>(seriesNames.keySet());
        for (int i = 0; i < groups.size(); i++) {
            renderer.setSeriesPaint(i, groups.get(i).colour());
        }
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "component", "component_label", "band",
                "memory_mib");
        List<CategoryTextAnnotation> totals = new ArrayList<>();
        Map<MemoryGroup, Double> widest = new EnumMap<>(MemoryGroup.class);
        double tallest = 0;
        for (ArmResult arm : result.arms()) {
            String stack = arm.stack().label();
            Map<MemoryGroup, Double> mib = new EnumMap<>(MemoryGroup.class);
            double gross = 0;
            double net = 0;
            for (MemoryComponent c : MemoryComponent.values()) {
                double value = bytes(arm, c) / MIB;
                if (value == 0) {
                    continue;
                }
                double signed = MemoryGroup.adds(c) ? value : -value;
                mib.merge(MemoryGroup.of(c), signed, Double::sum);
                gross += Math.max(0, signed);
                net += signed;
                csv.row(arm.stack().id(), stack, c.name(), MemoryGroup.label(c), seriesNames.get(MemoryGroup.of(c)),
                        signed);
            }
            for (MemoryGroup group : groups) {
                double value = mib.getOrDefault(group, 0.0);
                dataset.addValue(value, seriesNames.get(group), stack);
                widest.merge(group, Math.abs(value), Math::max);
            }
            tallest = Math.max(tallest, gross);
            if (net != 0) {
                CategoryTextAnnotation total = new CategoryTextAnnotation(
                        ChartAxes.number(net, net < 10 ? 1 : 0) + " MiB", stack, gross);
                total.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                totals.add(total);
            }
        }
        // a band no bar shows at this scale (a 5 MiB app beside a 1 GiB guest) gets no legend entry; it still counts
        // in the totals and the CSV
        for (int i = 0; i < groups.size(); i++) {
            renderer.setSeriesVisibleInLegend(i, widest.getOrDefault(groups.get(i), 0.0) >= VISIBLE_SHARE * tallest);
        }
        renderer.setMaximumBarWidth(0.3);
        NumberAxis valueAxis = ChartAxes.linear(VALUE_AXIS);
        valueAxis.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, ChartAxes.categories(null), valueAxis, renderer);
        totals.forEach(plot::addAnnotation);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        String note = "host-wide parts (\"share\") divided among the instances running; "
                + (present.containsKey(MemoryGroup.SAVED_BY_PAGE_SHARING)
                        ? "above each bar the total net of the savings, which are drawn below zero"
                        : "the total is above each bar");
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    private static double bytes(ArmResult arm, MemoryComponent component) {
        return arm.summary().memoryPerInstance().getOrDefault(component, 0.0);
    }
}
