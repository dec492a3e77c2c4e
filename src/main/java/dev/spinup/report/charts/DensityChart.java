package dev.spinup.report.charts;

import dev.spinup.lesson.Figures;
import dev.spinup.lesson.Quantity;
import dev.spinup.report.export.CsvTable;
import dev.spinup.scenario.text.FigureKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jfree.data.category.CategoryDataset;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.ArmSummary;
import dev.spinup.run.RunResult;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** How many instances each stack packed onto a host: the most running at once, per host, one bar per stack. */
public final class DensityChart {

    public static final Slug SLUG = new Slug("density");
    static final String TITLE = "Instances per host";
    static final String VALUE_AXIS = "Instances running at once per host";

    private DensityChart() {
    }

    /**
     * "56 of 1 400 · 1.06 GiB each": the count of those asked, and the memory each reserves, which limits it.
     * Short, because a bar label is one line and must fit over its bar on a 1024x768 slide.
     */
    static String label(Figures figures, String stackId, Quantity reserved) {
        Quantity ready = figures.value(stackId, FigureKind.READY, "");
        Quantity asked = figures.value(stackId, FigureKind.REQUESTED, "");
        String count = ready.value() == asked.value() ? "all " + asked.format()
                : ready.format() + " of " + asked.format();
        return reserved.defined() && reserved.value() > 0 ? count + " · " + reserved.format() + " each" : count;
    }

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "instances_per_host", "hosts", "requested",
                "ready", "refused", "reserved_each_bytes", "resident_each_bytes", "label");
        Figures figures = Figures.of(result);
        Map<String, String> labels = new HashMap<>();
        for (ArmResult arm : result.arms()) {
            ArmSummary summary = arm.summary();
            String id = arm.stack().id();
            dataset.addValue(summary.instancesPerHost(), TITLE, arm.stack().label());
            paints.add(colours.colour(id));
            Quantity reserved = figures.value(id, FigureKind.RESERVED, "");
            Quantity resident = figures.value(id, FigureKind.MEMORY_PER_INSTANCE, "");
            String label = label(figures, id, reserved);
            labels.put(arm.stack().label(), label);
            csv.row(id, arm.stack().label(), summary.instancesPerHost(), arm.hosts().size(),
                    summary.requested(), summary.ready(), summary.refused(), Math.round(reserved.value()),
                    resident.defined() ? Optional.of(Math.round(resident.value())) : Optional.empty(), label);
        }
        StackBarRenderer renderer = new StackBarRenderer(paints);
        // Each bar says what it is of what was asked and what each instance holds back from the host: the
        // reservation, not the resident memory, is what runs out first.
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                return labels.get(data.getColumnKey(column).toString());
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        renderer.setMaximumBarWidth(0.25);
        boolean whole = result.arms().stream().allMatch(a -> a.summary().instancesPerHost() % 1 == 0);
        var valueAxis = whole ? ChartAxes.counts(VALUE_AXIS) : ChartAxes.linear(VALUE_AXIS);
        valueAxis.setUpperMargin(0.15);
        var categories = ChartAxes.categories(null);
        // room beside the first and last bars for their labels, which are wider than the bars
        categories.setLowerMargin(0.08);
        categories.setUpperMargin(0.08);
        CategoryPlot plot = new CategoryPlot(dataset, categories, valueAxis, renderer);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, false);
        int hosts = result.arms().isEmpty() ? 0 : result.arms().get(0).hosts().size();
        // Short enough for a 720p slide; it says how to read the bars' labels.
        String note = (hosts == 1 ? "" : "mean of " + hosts + " hosts; ")
                + "bars: fit of those asked · memory each reserves (the limit, not what is used)";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }
}
