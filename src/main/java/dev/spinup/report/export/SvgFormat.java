package dev.spinup.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * SVG export, byte-identical for the same drawing. With a {@code scale} the drawing keeps its logical size as its
 * view box and the document is declared that many times as large, as a PNG of that scale is drawn: JFreeSVG's default defs prefix is derived from the clock, so a
 * fixed one is set. Text stays text, rotated axis labels included (searchable, editable in a slide tool). No DOCTYPE is written, so no reader
 * goes looking for the SVG 1.1 DTD on the network.
 */
public record SvgFormat(double scale) implements ExportFormat {

    private static final String DEFS_PREFIX = "spinup-";

    public SvgFormat {
        if (!(scale > 0 && scale <= 100)) {
            throw new IllegalArgumentException("scale must be in (0, 100], was " + scale);
        }
    }

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public void write(Drawable drawable, ExportSize size, OutputStream out) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        g2.setDefsKeyPrefix(DEFS_PREFIX);
        // Hundredths of a pixel are invisible; the full 17 digits only bloat the file.
        g2.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        g2.setTransformDoubleConverter(SVGUtils.createDoubleConverter(4));
        drawWithRotatedText(drawable, g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        ViewBox box = new ViewBox(0, 0, size.width(), size.height());
        String element = scale == 1.0 ? g2.getSVGElement(null, true, box, null, null)
                // the drawing keeps its logical coordinates (the view box); the document declares the slide's size
                : g2.getSVGElement(null, false, box, null, null).replaceFirst("<svg ", "<svg width=\""
                        + Math.round(size.width() * scale) + "\" height=\"" + Math.round(size.height() * scale) + "\" ");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
        out.write(document.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * JFreeChart draws rotated strings (the range axis label) through a TextLayout by default, a workaround for
     * an old JDK bug, and in SVG that turns the label into glyph outlines. Switched off for the duration of the
     * export so the label stays a text element ({@link RotatedText}: no other export draws meanwhile).
     */
    private static void drawWithRotatedText(Drawable drawable, SVGGraphics2D g2, Rectangle2D bounds) {
        RotatedText.asStrings(() -> drawable.draw(g2, bounds));
    }
}
