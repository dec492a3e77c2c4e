package dev.spinup.report.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.ui.Drawable;

/**
 * PNG export at any HiDPI scale. The drawable is laid out at the logical size and the whole drawing is scaled,
 * so a 2x export looks like the 1x one, only sharper. Needs no display (java.awt.headless=true is fine).
 *
 * @param scale device pixels per logical pixel
 */
public record PngFormat(double scale) implements ExportFormat {

    /** Guards against a typo turning into a multi-gigabyte image. */
    private static final long MAX_PIXELS = 100_000_000L;

    public PngFormat {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("PNG scale must be positive and finite, not " + scale);
        }
    }

    @Override
    public String extension() {
        return "png";
    }

    /** The size of the encoded image in device pixels. */
    public ExportSize pixelSize(ExportSize logical) {
        return new ExportSize((int) Math.round(logical.width() * scale), (int) Math.round(logical.height() * scale));
    }

    @Override
    public void write(Drawable drawable, ExportSize size, OutputStream out) throws IOException {
        if (!ImageIO.write(image(drawable, size), "png", out)) {
            throw new IOException("no PNG writer available in this JDK");
        }
    }

    /** The drawing as pixels, as the PNG holds them (the app copies this to the clipboard). */
    public BufferedImage image(Drawable drawable, ExportSize size) {
        ExportSize pixels = pixelSize(size);
        if ((long) pixels.width() * pixels.height() > MAX_PIXELS) {
            throw new IllegalArgumentException("PNG of " + pixels.width() + "x" + pixels.height()
                    + " px is too large (limit " + MAX_PIXELS + " pixels)");
        }
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale, scale);
            RotatedText.withDefault(() -> drawable.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height())));
        } finally {
            g2.dispose();
        }
        return image;
    }
}
