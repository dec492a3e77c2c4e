package dev.spinup.app.view;

import dev.spinup.report.export.ExportDirectory;
import dev.spinup.report.export.ExportSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * The stage at the current moment as a slide: both columns drawn by the stage's own code through Java2D at the
 * slide's size, as PNG and as SVG. Drawn, not snapshotted: a snapshot holds only the window's pixels at the
 * window's size, while the same drawing at 1920 × 1080 gives a sharp PNG and an SVG that scales to any projector.
 */
final class StageExport {

    private StageExport() {
    }

    /**
     * Writes {@code png} and the SVG beside it (same name, .svg), atomically; returns both paths. Call on the FX
     * thread: the stage's state is read as it is now.
     */
    static List<Path> write(StageView stage, Path png, ExportSize size) throws IOException {
        Path absolute = png.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4)
                : name;
        ExportDirectory folder = new ExportDirectory(absolute.getParent());
        byte[] pngBytes = pngBytes(stage, size);
        byte[] svgBytes = svg(stage, size).getBytes(StandardCharsets.UTF_8);
        stage.redraw();
        return List.of(folder.write(base + ".png", pngBytes), folder.write(base + ".svg", svgBytes));
    }

    static byte[] pngBytes(StageView stage, ExportSize size) throws IOException {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            stage.paint(new Graphics2DPen(g2, stage.background()), size.width(), size.height());
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String svg(StageView stage, ExportSize size) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        stage.paint(new Graphics2DPen(g2, stage.background()), size.width(), size.height());
        return g2.getSVGDocument();
    }
}
