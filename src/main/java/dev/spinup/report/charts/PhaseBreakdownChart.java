package dev.spinup.report.charts;

import dev.spinup.model.startup.PhaseKind;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Where the start-up time goes: the mean time per phase, stacked into one bar per stack, phases by family. */
public final class PhaseBreakdownChart {

    public static final Slug SLUG = new Slug("phase-breakdown");
    static final String TITLE = "Where start-up time goes";
    static final String VALUE_AXIS = "Mean time per instance (s)";

    private PhaseBreakdownChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        Set<PhaseFamily> present = EnumSet.noneOf(PhaseFamily.class);
        for (ArmResult arm : result.arms()) {
            for (PhaseKind kind : PhaseKind.values()) {
                if (arm.summary().meanPhaseNanos().getOrDefault(kind, 0.0) > 0) {
                    PhaseFamily.of(kind).ifPresent(present::add);
                }
            }
        }
        List<PhaseFamily> series = List.copyOf(present);
        StackedBarRenderer renderer = new StackedBarRenderer();
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, series.get(s).colour());
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "phase", "phase_label", "family",
                "mean_s");
        List<CategoryTextAnnotation> totals = new ArrayList<>();
        for (ArmResult arm : result.arms()) {
            String stack = arm.stack().label();
            Map<PhaseFamily, Double> seconds = new EnumMap<>(PhaseFamily.class);
            for (PhaseKind kind : PhaseKind.values()) {
                Double nanos = arm.summary().meanPhaseNanos().get(kind);
                var family = PhaseFamily.of(kind);
                if (nanos == null || nanos <= 0 || family.isEmpty()) {
                    continue;
                }
                seconds.merge(family.get(), nanos / 1e9, Double::sum);
                csv.row(arm.stack().id(), stack, kind.name(), kind.label(), family.get().label(), nanos / 1e9);
            }
            double total = 0;
            for (PhaseFamily family : series) {
                double value = seconds.getOrDefault(family, 0.0);
                dataset.addValue(value, family.label(), stack);
                total += value;
            }
            if (total > 0) {
                CategoryTextAnnotation label = new CategoryTextAnnotation(" " + seconds(total), stack, total);
                label.setTextAnchor(TextAnchor.CENTER_LEFT);
                totals.add(label);
            }
        }
        renderer.setMaximumBarWidth(0.3);
        NumberAxis valueAxis = ChartAxes.linear(VALUE_AXIS);
        valueAxis.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(dataset, ChartAxes.categories(null), valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        totals.forEach(plot::addAnnotation);
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        String note = "mean over the instances that became ready; the total is at the end of each bar";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    /** "14.2 s", "0.49 s", "0.031 s": three significant digits, enough to compare stacks. */
    static String seconds(double value) {
        int decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
        return ChartAxes.number(value, decimals) + " s";
    }
}
