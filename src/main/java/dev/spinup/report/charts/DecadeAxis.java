package dev.spinup.report.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 logarithmic axis labelled at round numbers (0.1, 0.2, 0.5, 1, 2, 5, 10 ...), the way a reader
 * estimates on a log scale; JFreeChart's own LogAxis labels evenly spaced exponents, i.e. 0.251, 0.398, 0.631.
 * Over more than four decades only the powers of ten are labelled.
 */
final class DecadeAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final int MANY_DECADES = 4;

    DecadeAxis(String label) {
        super(label);
        setBase(10);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
    }

    private List<NumberTick> ticks(TextAnchor anchor) {
        double lower = getLowerBound();
        double upper = getUpperBound();
        List<NumberTick> ticks = new ArrayList<>();
        if (!(lower > 0) || !(upper > lower)) {
            return ticks;
        }
        int first = (int) Math.floor(Math.log10(lower));
        int last = (int) Math.ceil(Math.log10(upper));
        boolean onlyPowers = last - first > MANY_DECADES;
        NumberFormat format = getNumberFormatOverride();
        for (int exponent = first; exponent <= last; exponent++) {
            double decade = Math.pow(10, exponent);
            for (int digit = 1; digit <= 9; digit++) {
                double value = digit * decade;
                if (value < lower || value > upper) {
                    continue;
                }
                boolean labelled = digit == 1 || (!onlyPowers && (digit == 2 || digit == 5));
                String text = labelled ? (format != null ? format.format(value) : Double.toString(value)) : "";
                ticks.add(new NumberTick(labelled ? TickType.MAJOR : TickType.MINOR, value, text, anchor,
                        TextAnchor.CENTER, 0.0));
            }
        }
        return ticks;
    }
}
