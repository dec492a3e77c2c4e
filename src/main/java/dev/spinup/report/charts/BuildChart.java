package dev.spinup.report.charts;

import dev.spinup.engine.SimTime;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.BuildColourKey;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ActionOutcome;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The image builds of a lesson's timeline, step by step: how long each Dockerfile step took, and which ones the
 * layer cache answered. Drawn for the first stack that built anything.
 */
public final class BuildChart {

    public static final Slug SLUG = new Slug("build-steps");
    static final String TITLE = "Image builds, step by step";
    static final String VALUE_AXIS = "Time (s)";
    static final String EXECUTED = "executed";
    static final String CACHED = "from the build cache (no time)";

    private BuildChart() {
    }

    /** The builds of the first stack that has any; empty when the run built nothing. */
    public static Optional<Chart> of(RunResult result, Theme theme) {
        for (ArmResult arm : result.arms()) {
            List<ActionOutcome.Built> builds = arm.actions().stream()
                    .filter(ActionOutcome.Built.class::isInstance).map(ActionOutcome.Built.class::cast).toList();
            if (!builds.isEmpty()) {
                return Optional.of(of(result, arm, builds, theme));
            }
        }
        return Optional.empty();
    }

    private static Chart of(RunResult result, ArmResult arm, List<ActionOutcome.Built> builds, Theme theme) {
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "build", "tag", "host", "started_s", "step",
                "instruction", "cached", "step_s");
        NumberAxis valueAxis = ChartAxes.linear(VALUE_AXIS);
        valueAxis.setUpperMargin(0.2);
        // A little room left of zero, so the marks of cached steps are not cut in half by the plot's edge.
        valueAxis.setAutoRangeIncludesZero(false);
        valueAxis.setLowerMargin(0.03);
        // One panel per build, its tag beside it, so each step's label has the width to be read whole.
        CombinedRangeCategoryPlot combined = new CombinedRangeCategoryPlot(valueAxis);
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        combined.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        combined.setGap(theme.style().fonts().tickLabel() * 1.2);
        for (int b = 0; b < builds.size(); b++) {
            ActionOutcome.Built build = builds.get(b);
            DefaultCategoryDataset dataset = new DefaultCategoryDataset();
            DefaultCategoryDataset cachedMarks = new DefaultCategoryDataset();
            List<CategoryTextAnnotation> labels = new ArrayList<>();
            for (ActionOutcome.BuildStepOutcome step : build.steps()) {
                String category = step.number() + ". " + step.instruction();
                double seconds = step.nanos() / 1e9;
                dataset.addValue(step.cached() ? 0 : seconds, EXECUTED, category);
                cachedMarks.addValue(step.cached() ? Double.valueOf(seconds) : null, CACHED, category);
                csv.row(arm.stack().id(), arm.stack().label(), b + 1, build.tag(), build.host(),
                        build.atNanos() / 1e9, step.number(), step.instruction(), step.cached() ? "yes" : "no",
                        seconds);
                CategoryTextAnnotation label = new CategoryTextAnnotation(
                        "  " + (step.cached() ? "cached" : step.nanos() == 0 ? "0 s" : SimTime.format(step.nanos())),
                        category, seconds);
                label.setTextAnchor(TextAnchor.CENTER_LEFT);
                labels.add(label);
            }
            BarRenderer renderer = new BarRenderer();
            renderer.setSeriesPaint(0, Palette.colourFor(BuildColourKey.EXECUTED));
            renderer.setMaximumBarWidth(0.6);
            renderer.setSeriesVisibleInLegend(0, b == 0);
            // A cached step takes no time, so a bar would not show: it gets a mark at its (zero) time instead.
            LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
            marks.setSeriesPaint(0, Palette.colourFor(BuildColourKey.CACHED));
            marks.setSeriesVisibleInLegend(0, b == 0);
            CategoryAxis steps = ChartAxes.categories(
                    shortTag(build.tag()) + "  " + SimTime.format(build.totalNanos()));
            // Upright: a panel a few steps high is shorter than a tag written sideways.
            steps.setLabelAngle(Math.PI / 2);
            steps.setMaximumCategoryLabelLines(1);
            steps.setMaximumCategoryLabelWidthRatio(0.45f);
            steps.setCategoryMargin(0.15);
            CategoryPlot plot = new CategoryPlot(dataset, steps, null, renderer);
            plot.setDataset(1, cachedMarks);
            plot.setRenderer(1, marks);
            labels.forEach(plot::addAnnotation);
            combined.add(plot, build.steps().size());
        }
        JFreeChart chart = ChartAssembly.chart(TITLE, combined, true);
        String note = "on " + arm.stack().label() + ", " + builds.get(0).host()
                + "; a changed step misses the cache, and so does every step after it";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    /** The tag without its repository ("copy-all-first-v1" for "shop:copy-all-first-v1"): the panels share it. */
    private static String shortTag(String tag) {
        int colon = tag.lastIndexOf(':');
        return colon > 0 && colon < tag.length() - 1 ? tag.substring(colon + 1) : tag;
    }
}
