package dev.spinup.report.charts;

import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.ArmSummary;
import dev.spinup.run.RunResult;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public static Chart of(RunResult result, Theme theme) {
        StackColours colours = StackColours.of(result.scenario().stacks());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "instances_per_host", "hosts", "requested",
                "ready", "refused");
        for (ArmResult arm : result.arms()) {
            ArmSummary summary = arm.summary();
            dataset.addValue(summary.instancesPerHost(), TITLE, arm.stack().label());
            paints.add(colours.colour(arm.stack().id()));
            csv.row(arm.stack().id(), arm.stack().label(), summary.instancesPerHost(), arm.hosts().size(),
                    summary.requested(), summary.ready(), summary.refused());
        }
        StackBarRenderer renderer = new StackBarRenderer(paints);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        renderer.setMaximumBarWidth(0.25);
        boolean whole = result.arms().stream().allMatch(a -> a.summary().instancesPerHost() % 1 == 0);
        var valueAxis = whole ? ChartAxes.counts(VALUE_AXIS) : ChartAxes.linear(VALUE_AXIS);
        valueAxis.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(dataset, ChartAxes.categories(null), valueAxis, renderer);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, false);
        int hosts = result.arms().isEmpty() ? 0 : result.arms().get(0).hosts().size();
        String note = hosts == 1 ? "the most running on the host at the same moment"
                : "the most running at the same moment, averaged over the " + hosts + " hosts";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }
}
