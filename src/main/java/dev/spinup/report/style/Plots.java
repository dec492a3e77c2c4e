package dev.spinup.report.style;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.Dataset;
import org.jfree.data.xy.XYDataset;

/** Finds the plots, renderers and series counts inside a chart, looking into combined plots. */
final class Plots {

    private final List<Plot> plots = new ArrayList<>();

    Plots(Plot root) {
        collect(root);
    }

    List<Plot> all() {
        return plots;
    }

    /** Every renderer with the number of series it draws (the most of any dataset it serves). */
    Map<AbstractRenderer, Integer> renderersWithSeriesCounts() {
        Map<AbstractRenderer, Integer> counts = new IdentityHashMap<>();
        for (Plot plot : plots) {
            if (plot instanceof XYPlot xy) {
                for (int i = 0; i < xy.getRendererCount(); i++) {
                    if (xy.getRenderer(i) instanceof AbstractRenderer r) {
                        counts.putIfAbsent(r, 0);
                    }
                }
                for (int i = 0; i < xy.getDatasetCount(); i++) {
                    XYDataset d = xy.getDataset(i);
                    if (d != null && xy.getRendererForDataset(d) instanceof AbstractRenderer r) {
                        counts.merge(r, d.getSeriesCount(), Math::max);
                    }
                }
            } else if (plot instanceof CategoryPlot cat) {
                for (int i = 0; i < cat.getRendererCount(); i++) {
                    if (cat.getRenderer(i) instanceof AbstractRenderer r) {
                        counts.putIfAbsent(r, 0);
                    }
                }
                for (int i = 0; i < cat.getDatasetCount(); i++) {
                    CategoryDataset d = cat.getDataset(i);
                    if (d != null && cat.getRendererForDataset(d) instanceof AbstractRenderer r) {
                        counts.merge(r, d.getRowCount(), Math::max);
                    }
                }
            }
        }
        return counts;
    }

    /** The renderer that draws the given dataset, if it is one of ours. */
    Optional<Object> rendererFor(Dataset dataset) {
        for (Plot plot : plots) {
            if (plot instanceof XYPlot xy && dataset instanceof XYDataset d && xy.indexOf(d) >= 0) {
                return Optional.ofNullable(xy.getRendererForDataset(d));
            }
            if (plot instanceof CategoryPlot cat && dataset instanceof CategoryDataset d && cat.indexOf(d) >= 0) {
                return Optional.ofNullable(cat.getRendererForDataset(d));
            }
        }
        return Optional.empty();
    }

    private void collect(Plot plot) {
        plots.add(plot);
        subplotsOf(plot).forEach(this::collect);
    }

    private static List<? extends Plot> subplotsOf(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot c) {
            return c.getSubplots();
        }
        if (plot instanceof CombinedRangeXYPlot c) {
            return c.getSubplots();
        }
        // The category variants return a raw List.
        if (plot instanceof CombinedDomainCategoryPlot c) {
            return ((List<?>) c.getSubplots()).stream().map(Plot.class::cast).toList();
        }
        if (plot instanceof CombinedRangeCategoryPlot c) {
            return ((List<?>) c.getSubplots()).stream().map(Plot.class::cast).toList();
        }
        return List.of();
    }
}
