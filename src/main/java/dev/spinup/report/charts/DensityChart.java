package dev.spinup.report.charts;

import dev.spinup.lesson.Figures;
import dev.spinup.lesson.Quantity;
import dev.spinup.report.export.CsvTable;
import dev.spinup.scenario.text.FigureKind;
import java.util.Optional;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.ArmSummary;
import dev.spinup.run.RunResult;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
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
     * "56 of 1 400 · 1.06 GiB / 406 MiB": the count of those asked, the memory admission counted for each (which
     * limits it), and what each keeps in use ("503 / 203 MiB" in one unit), or "· 203 MiB each" when the two are
     * the same. Short, because a bar
     * label is one line and must fit over its bar on a 1024x768 slide.
     */
    static String label(Figures figures, String stackId, Quantity reserved) {
        Quantity ready = figures.value(stackId, FigureKind.READY, "");
        Quantity asked = figures.value(stackId, FigureKind.REQUESTED, "");
        String count = ready.value() == asked.value() ? "all " + asked.format()
                : ready.format() + " of " + asked.format();
        if (!reserved.defined() || reserved.value() <= 0) {
            return count;
        }
        Quantity inUse = figures.value(stackId, FigureKind.MEMORY, "");
        String counted = reserved.format();
        String used = inUse.defined() ? inUse.format() : counted;
        if (used.equals(counted)) {
            return count + " · " + counted + " each";
        }
        String unit = counted.substring(counted.lastIndexOf(' ') + 1);
        return count + " · " + (used.endsWith(" " + unit) ? counted.substring(0, counted.lastIndexOf(' ')) : counted)
                + " / " + used;
    }

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "instances_per_host", "hosts", "requested",
                "ready", "refused", "reserved_each_bytes", "resident_each_bytes", "label");
        Figures figures = Figures.of(result);
        // Each bar says what it is of what was asked and what each instance costs the host, counted and in use. The
        // labels are annotations, drawn after every bar, so a label wider than its bar stays on top of its neighbour.
        List<CategoryTextAnnotation> barLabels = new ArrayList<>();
        for (ArmResult arm : result.arms()) {
            ArmSummary summary = arm.summary();
            String id = arm.stack().id();
            dataset.addValue(summary.instancesPerHost(), TITLE, arm.stack().label());
            paints.add(colours.colour(id));
            Quantity reserved = figures.value(id, FigureKind.RESERVED, "");
            Quantity resident = figures.value(id, FigureKind.MEMORY_PER_INSTANCE, "");
            String label = label(figures, id, reserved);
            CategoryTextAnnotation annotation = new CategoryTextAnnotation(label, arm.stack().label(),
                    summary.instancesPerHost());
            annotation.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            barLabels.add(annotation);
            csv.row(id, arm.stack().label(), summary.instancesPerHost(), arm.hosts().size(),
                    summary.requested(), summary.ready(), summary.refused(), Math.round(reserved.value()),
                    resident.defined() ? Optional.of(Math.round(resident.value())) : Optional.empty(), label);
        }
        StackBarRenderer renderer = new StackBarRenderer(paints);
        renderer.setMaximumBarWidth(0.25);
        boolean whole = result.arms().stream().allMatch(a -> a.summary().instancesPerHost() % 1 == 0);
        var valueAxis = whole ? ChartAxes.counts(VALUE_AXIS) : ChartAxes.linear(VALUE_AXIS);
        valueAxis.setUpperMargin(0.15);
        var categories = ChartAxes.categories(null);
        // room beside the first and last bars for their labels, which are wider than the bars
        categories.setLowerMargin(0.12);
        categories.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, categories, valueAxis, renderer);
        barLabels.forEach(plot::addAnnotation);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, false);
        int hosts = result.arms().isEmpty() ? 0 : result.arms().get(0).hosts().size();
        // Short enough for a 720p slide; it says how to read the bars' labels.
        String note = (hosts == 1 ? "" : "mean of " + hosts + " hosts; ")
                + "bars: fit of those asked · memory counted at admission / in use, each";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }
}
