package dev.spinup.report.style;

import java.awt.BasicStroke;
import java.util.Arrays;

/** Line dash patterns that tell series apart without colour; lengths are in multiples of the line width. */
public enum DashPattern {
    SOLID(),
    DASHED(4f, 2f),
    DOTTED(1f, 1.5f),
    DASH_DOT(5f, 1.5f, 1f, 1.5f),
    LONG_DASH(9f, 2.5f),
    DASH_DOT_DOT(5f, 1.5f, 1f, 1.5f, 1f, 1.5f),
    SHORT_DASH(2f, 1.5f),
    LONG_DASH_DOT(9f, 2f, 2f, 2f),
    LONG_SHORT(8f, 2f, 3f, 2f);

    private final float[] unitDashes;

    DashPattern(float... unitDashes) {
        this.unitDashes = unitDashes;
    }

    /** The dash array for a line of this width, or empty for a solid line. */
    public float[] dashes(float lineWidth) {
        float[] scaled = Arrays.copyOf(unitDashes, unitDashes.length);
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= lineWidth;
        }
        return scaled;
    }

    public BasicStroke stroke(float lineWidth) {
        if (unitDashes.length == 0) {
            return new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        // Butt caps: round caps would eat the gaps of the short patterns.
        return new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes(lineWidth), 0f);
    }
}
