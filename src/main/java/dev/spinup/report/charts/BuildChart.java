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
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * layer cache answered, and in each build's heading row BuildKit's own work around the steps (base image metadata, context, cache
 * checks, export), which is most of a cached rebuild. Drawn for the first stack that built anything.
 */
public final class BuildChart {

    public static final Slug SLUG = new Slug("build-steps");
    static final String TITLE = "Image builds, step by step";
    static final String EXECUTED = "executed";
    static final String CACHED = "from the build cache (no time)";
    static final String BUILDKIT = "BuildKit's own work";
    /** BuildKit's work, what docker build prints as [internal] and exporting steps, drawn in the heading row. */
    static final String BUILDKIT_ROW = "BuildKit (metadata, context, export)";

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
        // The unit on every tick instead of an axis label, and the step labels instead of a legend ("cached",
        // "45 s"): a slide has room for about twenty rows of type readable from the back, and the steps need them.
        NumberAxis valueAxis = ChartAxes.linear(null);
        valueAxis.setNumberFormatOverride(new DecimalFormat("0.##' s'", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        valueAxis.setUpperMargin(0.2);
        // A little room left of zero, so the marks of cached steps are not cut in half by the plot's edge.
        valueAxis.setAutoRangeIncludesZero(false);
        valueAxis.setAutoRangeStickyZero(false);
        valueAxis.setLowerMargin(0.03);
        // One panel per build, its tag beside it, so each step's label has the width to be read whole.
        CombinedRangeCategoryPlot combined = new CombinedRangeCategoryPlot(valueAxis);
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        combined.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        combined.setGap(theme.style().fonts().tickLabel() * 0.6);
        for (int b = 0; b < builds.size(); b++) {
            ActionOutcome.Built build = builds.get(b);
            DefaultCategoryDataset dataset = new DefaultCategoryDataset();
            DefaultCategoryDataset cachedMarks = new DefaultCategoryDataset();
            List<CategoryTextAnnotation> labels = new ArrayList<>();
            // The build's tag heads its panel as a row of its own: beside the panel, written upright, it took a
            // quarter of the slide's width from the plot, and written sideways it is taller than a short panel.
            BuildStepRow header = BuildStepRow.header(b, shortTag(build.tag()) + " · "
                    + SimTime.format(build.totalNanos()));
            dataset.addValue(null, EXECUTED, header);
            cachedMarks.addValue(null, CACHED, header);
            for (ActionOutcome.BuildStepOutcome step : build.steps()) {
                BuildStepRow category = BuildStepRow.step(b, step.number(), step.number() + ". " + step.instruction());
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
            // BuildKit's own work (base metadata, context, cache checks, export) is drawn in the heading row: it is
            // the build's, not a step's, and a row of its own would not fit 720p with the steps
            DefaultCategoryDataset buildKit = new DefaultCategoryDataset();
            double fixedSeconds = build.buildKitNanos() / 1e9;
            buildKit.addValue(fixedSeconds, BUILDKIT, header);
            for (ActionOutcome.BuildStepOutcome step : build.steps()) {
                buildKit.addValue(null, BUILDKIT, BuildStepRow.step(b, step.number(), step.number() + ". "
                        + step.instruction()));
            }
            csv.row(arm.stack().id(), arm.stack().label(), b + 1, build.tag(), build.host(), build.atNanos() / 1e9,
                    "", BUILDKIT_ROW, "no", fixedSeconds);
            CategoryTextAnnotation fixedLabel = new CategoryTextAnnotation("  " + BUILDKIT_ROW + ": "
                    + SimTime.format(build.buildKitNanos()), header, fixedSeconds);
            fixedLabel.setTextAnchor(TextAnchor.CENTER_LEFT);
            labels.add(fixedLabel);
            BarRenderer renderer = new BarRenderer();
            renderer.setSeriesPaint(0, Palette.colourFor(BuildColourKey.EXECUTED));
            renderer.setMaximumBarWidth(0.6);
            // A cached step takes no time, so a bar would not show: it gets a mark at its (zero) time instead.
            LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
            marks.setSeriesPaint(0, Palette.colourFor(BuildColourKey.CACHED));
            CategoryAxis steps = new BuildStepAxis();
            steps.setMaximumCategoryLabelLines(1);
            steps.setMaximumCategoryLabelWidthRatio(0.45f);
            steps.setCategoryMargin(0.15);
            CategoryPlot plot = new CategoryPlot(dataset, steps, null, renderer);
            plot.setDataset(1, cachedMarks);
            plot.setRenderer(1, marks);
            BarRenderer fixedRenderer = new BarRenderer();
            fixedRenderer.setSeriesPaint(0, Palette.colourFor(BuildColourKey.BUILDKIT));
            fixedRenderer.setMaximumBarWidth(0.6);
            plot.setDataset(2, buildKit);
            plot.setRenderer(2, fixedRenderer);
            labels.forEach(plot::addAnnotation);
            combined.add(plot, build.steps().size() + 1);
        }
        JFreeChart chart = ChartAssembly.chart(TITLE, combined, false);
        String note = "on " + arm.stack().label() + ": a changed step and every step after it miss the cache";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    /** The tag without its repository ("copy-all-first-v1" for "shop:copy-all-first-v1"): the panels share it. */
    private static String shortTag(String tag) {
        int colon = tag.lastIndexOf(':');
        return colon > 0 && colon < tag.length() - 1 ? tag.substring(colon + 1) : tag;
    }
}
