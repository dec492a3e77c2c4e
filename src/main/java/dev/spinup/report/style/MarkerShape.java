package dev.spinup.report.style;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.util.ShapeUtils;

/** Point markers that tell series apart without colour, centred on the origin. */
public enum MarkerShape {
    SQUARE,
    CIRCLE,
    UP_TRIANGLE,
    DIAMOND,
    DOWN_TRIANGLE,
    DIAGONAL_CROSS,
    WIDE_RECTANGLE,
    REGULAR_CROSS,
    TALL_ELLIPSE;

    /** The marker with the given overall size (width of its bounding box, roughly). */
    public Shape at(double size) {
        float half = (float) (size / 2);
        return switch (this) {
            case SQUARE -> new Rectangle2D.Double(-half, -half, size, size);
            case CIRCLE -> new Ellipse2D.Double(-half, -half, size, size);
            case UP_TRIANGLE -> ShapeUtils.createUpTriangle(half);
            case DIAMOND -> ShapeUtils.createDiamond(half);
            case DOWN_TRIANGLE -> ShapeUtils.createDownTriangle(half);
            case DIAGONAL_CROSS -> ShapeUtils.createDiagonalCross(half, half / 3);
            case WIDE_RECTANGLE -> new Rectangle2D.Double(-half, -half / 2, size, half);
            case REGULAR_CROSS -> ShapeUtils.createRegularCross(half, half / 3);
            case TALL_ELLIPSE -> new Ellipse2D.Double(-half / 2, -half, half, size);
        };
    }
}
