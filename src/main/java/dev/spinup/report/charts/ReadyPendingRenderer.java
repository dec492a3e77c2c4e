package dev.spinup.report.charts;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.BitSet;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Lines for a cluster's pods, ready and pending, in the stack's colour: a pending series is drawn dotted in the
 * line and its legend entry, at whatever width the theme gives the lines. The theme sets every series' stroke
 * when it styles (or restyles) a chart, so the dots are made from that stroke here rather than set once.
 */
final class ReadyPendingRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    /** Dot and gap as multiples of the line's width: short dots read apart from any of the themes' dashes. */
    private static final float DOT = 1.2f;
    private static final float GAP = 1.6f;

    private final BitSet pending = new BitSet();

    ReadyPendingRenderer() {
        super(true, false);
    }

    /** Marks a series as the pending one of its stack. */
    void pending(int series) {
        pending.set(series);
    }

    /** Whether the series is drawn as pending (dotted). */
    boolean isPending(int series) {
        return pending.get(series);
    }

    @Override
    public Stroke lookupSeriesStroke(int series) {
        Stroke themed = super.lookupSeriesStroke(series);
        if (!pending.get(series) || !(themed instanceof BasicStroke line)) {
            return themed;
        }
        float width = line.getLineWidth();
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {DOT * width, GAP * width}, 0f);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadyPendingRenderer that && super.equals(other) && pending.equals(that.pending);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + pending.hashCode();
    }
}
