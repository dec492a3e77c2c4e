package dev.spinup.report.style;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Fill hatchings that tell bars apart without colour. They are cut out of the filled shape as geometry (not a
 * TexturePaint), so they survive the SVG and PDF exports, which only know plain colours.
 */
public enum HatchPattern {
    SOLID(1.0),
    DIAGONAL_UP(1.0, 45),
    DIAGONAL_DOWN(1.0, -45),
    HORIZONTAL(1.0, 0),
    VERTICAL(1.0, 90),
    CROSSHATCH(1.4, 45, -45),
    GRID(1.4, 0, 90),
    DENSE_DIAGONAL_DOWN(0.6, -45),
    WIDE_VERTICAL(1.8, 90);

    private final double spacingFactor;
    private final double[] anglesDegrees;

    HatchPattern(double spacingFactor, double... anglesDegrees) {
        this.spacingFactor = spacingFactor;
        this.anglesDegrees = anglesDegrees;
    }

    /**
     * The filled shape with this pattern's stripes cut out; the background shows through the stripes.
     *
     * @param spacing distance between stripes for a pattern with spacing factor 1, in user space
     */
    public Shape cutInto(Shape filled, double spacing) {
        if (anglesDegrees.length == 0) {
            return filled;
        }
        Area result = new Area(filled);
        result.subtract(new Area(stripes(filled.getBounds2D(), spacing * spacingFactor)));
        return result;
    }

    private Shape stripes(Rectangle2D bounds, double spacing) {
        double cx = bounds.getCenterX();
        double cy = bounds.getCenterY();
        double reach = Math.hypot(bounds.getWidth(), bounds.getHeight()) / 2 + spacing;
        int count = (int) Math.ceil(reach / spacing);
        Path2D.Double lines = new Path2D.Double();
        for (double degrees : anglesDegrees) {
            double a = Math.toRadians(degrees);
            double dx = Math.cos(a);
            double dy = -Math.sin(a);
            for (int k = -count; k <= count; k++) {
                double ox = cx - dy * k * spacing;
                double oy = cy + dx * k * spacing;
                lines.append(new Line2D.Double(ox - dx * reach, oy - dy * reach, ox + dx * reach, oy + dy * reach),
                        false);
            }
        }
        float stripeWidth = (float) Math.max(0.5, spacing * 0.3);
        return new BasicStroke(stripeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER).createStrokedShape(lines);
    }
}
