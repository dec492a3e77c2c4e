package dev.spinup.app.view;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The stage's pen on any Java2D surface: a {@code BufferedImage} for PNG, JFreeSVG's {@code SVGGraphics2D} for
 * SVG. Colours, fonts, dashes, alignment and baselines follow the canvas's meaning; "clearing" paints the page's
 * background, since a slide has nothing behind it.
 */
final class Graphics2DPen implements Pen {

    private final Graphics2D g;
    private final java.awt.Color background;
    private java.awt.Color fill = java.awt.Color.BLACK;
    private java.awt.Color stroke = java.awt.Color.BLACK;
    private double lineWidth = 1;
    private float[] dashes;
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;

    Graphics2DPen(Graphics2D g, Color background) {
        this.g = g;
        this.background = awt(background);
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        g.setColor(background);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroked();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        stroked();
        g.draw(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroked();
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private void stroked() {
        g.setColor(stroke);
        g.setStroke(dashes == null ? new BasicStroke((float) lineWidth)
                : new BasicStroke((float) lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10, dashes, 0));
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        FontMetrics metrics = g.getFontMetrics();
        double width = metrics.stringWidth(text);
        double squeeze = maxWidth > 0 && width > maxWidth ? maxWidth / width : 1;
        double shown = width * squeeze;
        double left = switch (align) {
            case CENTER -> x - shown / 2;
            case RIGHT -> x - shown;
            default -> x;
        };
        double base = switch (baseline) {
            case TOP -> y + metrics.getAscent();
            case CENTER -> y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
            case BOTTOM -> y - metrics.getDescent();
            default -> y;
        };
        AffineTransform saved = g.getTransform();
        g.setColor(fill);
        g.translate(left, base);
        g.scale(squeeze, 1);
        g.drawString(text, 0f, 0f);
        g.setTransform(saved);
    }

    @Override
    public void setFill(Color colour) {
        fill = awt(colour);
    }

    @Override
    public void setStroke(Color colour) {
        stroke = awt(colour);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public double getLineWidth() {
        return lineWidth;
    }

    @Override
    public void setLineDashes(double... lengths) {
        if (lengths == null || lengths.length == 0) {
            dashes = null;
            return;
        }
        dashes = new float[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            dashes[i] = (float) lengths[i];
        }
    }

    @Override
    public void setFont(Font font) {
        boolean bold = font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")
                || FontWeight.findByName(font.getStyle()) == FontWeight.BOLD;
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1)
                .deriveFont((float) font.getSize()));
    }

    @Override
    public void setTextAlign(TextAlignment value) {
        align = value;
    }

    @Override
    public void setTextBaseline(VPos value) {
        baseline = value;
    }
}
