package dev.spinup.report.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.RectangularShape;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints bars flat in their series colour with the series' hatch cut out and a thin outline, so stacked bars and
 * Gantt-like timelines stay readable in greyscale. Serves both category and XY bar renderers.
 *
 * @param hatchSpacing distance between hatch stripes, in user space
 */
record HatchedBarPainter(double hatchSpacing, Color outline, float outlineWidth)
        implements BarPainter, XYBarPainter {

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        paint(g2, renderer.getItemPaint(row, column), row, bar);
    }

    @Override
    public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        paint(g2, renderer.getItemPaint(row, column), row, bar);
    }

    @Override
    public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base, boolean pegShadow) {
        // Shadows are off in every theme: they read as a second series on paper.
    }

    @Override
    public void paintBarShadow(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base, boolean pegShadow) {
        // As above.
    }

    private void paint(Graphics2D g2, Paint paint, int series, RectangularShape bar) {
        if (bar.getWidth() < 0.5 || bar.getHeight() < 0.5) {
            return; // a zero value: its outline alone would read as a thin black bar
        }
        g2.setPaint(paint);
        g2.fill(GreyscaleCue.forSeries(paint, series).hatch().cutInto(bar, hatchSpacing));
        g2.setPaint(outline);
        g2.setStroke(new BasicStroke(outlineWidth));
        g2.draw(bar);
    }
}
