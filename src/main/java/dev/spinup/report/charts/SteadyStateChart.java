package dev.spinup.report.charts;

import dev.spinup.lesson.Figures;
import dev.spinup.lesson.Quantity;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.runtime.StartupPlanner;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.SteadyStateRun;
import dev.spinup.scenario.text.FigureKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How fast work runs once an instance has started: per resource class, the median time each stack's steady-state
 * benchmark took over its time on bare metal (native = 1), with the sources of the overheads under the plot. The
 * bars are the run's {@link FigureKind#SLOWDOWN} figures, so a bar, its label, the CSV and the lesson's text
 * quote one value.
 */
public final class SteadyStateChart {

    public static final Slug SLUG = new Slug("steady-state-overhead");
    static final String TITLE = "Steady-state overhead by resource class";
    static final String AXIS = "Time \u00f7 native time";
    /** Bars this close to native carry no label: "≈ native" is what the plot shows there. */
    private static final double LABELLED_FROM = 1.05;

    private SteadyStateChart() {
    }

    public static Chart of(RunResult result, Theme theme) {
        Figures figures = Figures.of(result);
        StackColours colours = StackColours.of(result.scenario().stacks());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "resource_class", "figure", "slowdown",
                "shown", "native_ns", "median_ns", "instances", "source");
        Map<String, String> shown = new HashMap<>();
        Set<Source> sources = new LinkedHashSet<>();
        BarRenderer renderer = new BarRenderer();
        int series = 0;
        for (ArmResult arm : result.arms()) {
            boolean any = false;
            for (ResourceClass kind : ResourceClass.values()) {
                List<SteadyStateRun> ran = arm.steadyState().stream().filter(r -> r.of(kind).isPresent()).toList();
                if (ran.isEmpty()) {
                    continue;
                }
                any = true;
                Quantity slowdown = figures.value(arm.stack().id(), FigureKind.SLOWDOWN, FigureKind.kebab(kind));
                Source source = StartupPlanner.overhead(arm.stack().spec()).source(kind);
                sources.add(source);
                dataset.addValue(slowdown.value(), arm.stack().label(), kind.label());
                shown.put(arm.stack().label() + "|" + kind.label(), "\u00d7" + slowdown.format());
                long nativeNanos = ran.get(0).of(kind).orElseThrow().nativeNanos();
                csv.row(arm.stack().id(), arm.stack().label(), FigureKind.kebab(kind),
                        arm.stack().id() + "." + FigureKind.SLOWDOWN.key() + "." + FigureKind.kebab(kind),
                        slowdown.value(), slowdown.format(), nativeNanos,
                        Math.round(slowdown.value() * nativeNanos), ran.size(), source.key());
            }
            if (any) {
                renderer.setSeriesPaint(series++, colours.colour(arm.stack().id()));
            }
        }
        renderer.setItemMargin(0.0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                Number value = data.getValue(row, column);
                return value == null || value.doubleValue() < LABELLED_FROM ? null
                        : shown.get(data.getRowKey(row) + "|" + data.getColumnKey(column));
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        // Upright labels: seven bars to a group leave each label the width of one bar.
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2));
        NumberAxis axis = ChartAxes.linear(AXIS);
        axis.setUpperMargin(0.2);
        CategoryAxis classes = ChartAxes.categories(null);
        classes.setCategoryMargin(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, classes, axis, renderer);
        plot.addRangeMarker(nativeLine());
        JFreeChart chart = ChartAssembly.chart(TITLE, plot, true);
        TextTitle cited = new TextTitle(UnitSpaces.keep(sourcesLine(sources)));
        cited.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(cited);
        String note = dataset.getRowCount() == 0 ? "no instance ran the steady-state benchmarks"
                : "the same work's time inside over its time on bare metal (dashed: native); unlabelled bars are"
                + " within 5 % of native";
        return ChartAssembly.finish(SLUG, chart, List.of(result.scenario().lesson().title(), note), csv.build(),
                theme);
    }

    private static ValueMarker nativeLine() {
        ValueMarker marker = new ValueMarker(1.0, Color.GRAY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        return marker;
    }

    /** "Sources: linpack-overhead [S], firecracker-cpu [P], …": every source behind a bar, once, with its tag. */
    static String sourcesLine(Set<Source> sources) {
        return sources.isEmpty() ? "" : "Sources: " + String.join(", ", sources.stream()
                .map(s -> s.key() + " [" + s.evidence().letter() + "]").toList());
    }
}
