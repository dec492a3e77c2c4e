package dev.spinup.report.charts;

import java.awt.Paint;
import java.util.List;
import org.jfree.chart.renderer.category.BarRenderer;

/** Bars of one series, each category (a stack) in its own colour. */
final class StackBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private final List<Paint> categoryPaints;

    StackBarRenderer(List<? extends Paint> categoryPaints) {
        this.categoryPaints = List.copyOf(categoryPaints);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return column < categoryPaints.size() ? categoryPaints.get(column) : super.getItemPaint(row, column);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StackBarRenderer that && categoryPaints.equals(that.categoryPaints)
                && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + categoryPaints.hashCode();
    }
}
