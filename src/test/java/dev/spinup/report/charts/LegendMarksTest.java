package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.Lessons;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No legend entry without a visible mark, in every chart of every lesson: a bar series' widest value must be at
 * least half a per cent of its axis (a band a projector shows), an XY series must have a point on its plot.
 */
class LegendMarksTest {

    /** The share of the value axis below which a bar segment is a sliver nobody sees. */
    private static final double VISIBLE = 0.005;

    static Stream<String> lessons() {
        return Lessons.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyLegendEntryHasAVisibleMark(String lesson) {
        RunResult run = LessonRuns.lesson(lesson);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int legends = 0;
        for (Chart chart : Charts.forRun(run, Theme.PROJECTOR)) {
            if (chart.jfreeChart().isEmpty()) {
                continue;
            }
            JFreeChart jfree = chart.jfreeChart().get();
            List<Plot> plots = plots(jfree.getPlot());
            legends += jfree.getLegend() == null ? 0 : 1;
            for (LegendItem item : legendItems(jfree)) {
                checked++;
                Comparable<?> key = item.getSeriesKey() != null ? item.getSeriesKey() : item.getLabel();
                if (plots.stream().noneMatch(plot -> visible(plot, key))) {
                    problems.add(lesson + "/" + chart.slug().value() + ": legend entry \"" + item.getLabel()
                            + "\" has no visible mark");
                }
            }
        }
        assertTrue(legends == 0 || checked > 0, lesson + ": the legends' entries were checked");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The entries of every legend the chart draws. */
    private static List<LegendItem> legendItems(JFreeChart chart) {
        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                for (LegendItemSource source : legend.getSources()) {
                    for (Iterator<?> it = source.getLegendItems().iterator(); it.hasNext(); ) {
                        items.add((LegendItem) it.next());
                    }
                }
            }
        }
        return items;
    }

    private static List<Plot> plots(Plot plot) {
        List<Plot> plots = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot c) {
            plots.addAll(c.getSubplots());
        } else if (plot instanceof CombinedRangeXYPlot c) {
            plots.addAll(c.getSubplots());
        } else if (plot instanceof CombinedDomainCategoryPlot c) {
            plots.addAll(c.getSubplots());
        } else if (plot instanceof CombinedRangeCategoryPlot c) {
            plots.addAll(c.getSubplots());
        } else {
            plots.add(plot);
        }
        return plots;
    }

    /** Whether the series {@code key} draws a mark on {@code plot} that a slide shows. */
    private static boolean visible(Plot plot, Comparable<?> key) {
        if (plot instanceof CategoryPlot category) {
            for (int d = 0; d < category.getDatasetCount(); d++) {
                CategoryDataset data = category.getDataset(d);
                int row = data == null ? -1 : data.getRowIndex(key);
                if (row < 0) {
                    continue;
                }
                boolean shapes = category.getRenderer(d) instanceof LineAndShapeRenderer;
                ValueAxis axis = valueAxis(plot, category.getRangeAxisForDataset(d));
                for (int column = 0; column < data.getColumnCount(); column++) {
                    Number value = data.getValue(row, column);
                    if (value != null && Double.isFinite(value.doubleValue())
                            && (shapes || share(axis, 0, value.doubleValue()) >= VISIBLE)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (plot instanceof XYPlot xy) {
            for (int d = 0; d < xy.getDatasetCount(); d++) {
                XYDataset data = xy.getDataset(d);
                int series = data == null ? -1 : data.indexOf(key);
                if (series < 0) {
                    continue;
                }
                ValueAxis axis = valueAxis(plot, xy.getRangeAxisForDataset(d));
                for (int i = 0; i < data.getItemCount(series); i++) {
                    if (data instanceof IntervalXYDataset bars && xy.getRenderer(d) instanceof XYBarRenderer bar
                            && bar.getUseYInterval()) {
                        if (share(axis, bars.getStartYValue(series, i), bars.getEndYValue(series, i)) >= VISIBLE) {
                            return true;
                        }
                    } else if (Double.isFinite(data.getYValue(series, i))) {
                        return true;
                    }
                }
            }
            return false;
        }
        return true;
    }

    /** A panel of a combined plot draws on the combined plot's shared axis. */
    private static ValueAxis valueAxis(Plot plot, ValueAxis own) {
        if (own != null) {
            return own;
        }
        Plot parent = plot.getParent();
        if (parent instanceof CombinedRangeXYPlot c) {
            return c.getRangeAxis();
        }
        if (parent instanceof CombinedRangeCategoryPlot c) {
            return c.getRangeAxis();
        }
        throw new AssertionError("no value axis for " + plot);
    }

    /** The share of the axis's length between two values, as drawn (so a log axis counts as it looks). */
    private static double share(ValueAxis axis, double from, double to) {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 1000, 1000);
        double a = axis.valueToJava2D(from, area, RectangleEdge.BOTTOM);
        double b = axis.valueToJava2D(to, area, RectangleEdge.BOTTOM);
        if (!Double.isFinite(a)) {
            a = 0; // zero on a log axis: the bar starts at the axis's end
        }
        return Math.abs(b - a) / 1000;
    }
}
