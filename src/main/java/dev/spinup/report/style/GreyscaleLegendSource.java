package dev.spinup.report.style;

import java.util.Iterator;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;

/**
 * Wraps a legend's source and cuts each bar series' hatch into its legend swatch, so the legend matches the
 * hatched bars. Computed at draw time, so it follows dataset changes.
 */
record GreyscaleLegendSource(LegendItemSource delegate, Plots plots, double hatchSpacing)
        implements LegendItemSource {

    GreyscaleLegendSource {
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(plots, "plots");
    }

    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = delegate.getLegendItems();
        for (Iterator<?> it = items.iterator(); it.hasNext(); ) {
            LegendItem item = (LegendItem) it.next();
            if (item.getDataset() != null && isBarSeries(item)) {
                HatchPattern hatch = GreyscaleCue.forSeries(item.getFillPaint(), item.getSeriesIndex()).hatch();
                item.setShape(hatch.cutInto(item.getShape(), hatchSpacing));
            }
        }
        return items;
    }

    private boolean isBarSeries(LegendItem item) {
        return plots.rendererFor(item.getDataset())
                .filter(r -> r instanceof BarRenderer || r instanceof XYBarRenderer)
                .isPresent();
    }
}
