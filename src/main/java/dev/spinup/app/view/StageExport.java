package dev.spinup.app.view;

import dev.spinup.report.export.ExportDirectory;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ui.Drawable;

/**
 * The stage at the current moment as a slide (the stack columns, or for a cluster lesson the cluster view): drawn
 * by the view's own code through Java2D at the slide's size, then written by the report's PNG and SVG exporters. Drawn, not snapshotted: a snapshot holds only
 * the window's pixels at the window's size, while the same drawing at 1920 × 1080 gives a sharp PNG and an SVG
 * (text stays text) that scales to any projector.
 */
final class StageExport {

    private StageExport() {
    }

    /** The stage as something the exporters draw; call its {@code draw} on the FX thread. */
    static Drawable drawable(StageCanvas stage) {
        return (g2, area) -> {
            g2.translate(area.getX(), area.getY());
            stage.paint(new Graphics2DPen(g2, stage.background()), area.getWidth(), area.getHeight());
            g2.translate(-area.getX(), -area.getY());
        };
    }

    /**
     * Writes {@code png} and the SVG beside it (same name, .svg), each atomically; returns both paths. Call on the
     * FX thread: the stage is drawn as it is now, then redrawn on screen (its hover grids follow the last drawing).
     */
    static List<Path> write(StageCanvas stage, Path png, ExportSize size) throws IOException {
        Path absolute = png.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4)
                : name;
        Drawable drawable = drawable(stage);
        byte[] pngBytes;
        byte[] svgBytes;
        try {
            pngBytes = ExportFormat.png().toBytes(drawable, size);
            svgBytes = ExportFormat.svg().toBytes(drawable, size);
        } finally {
            stage.redraw();
        }
        ExportDirectory folder = new ExportDirectory(absolute.getParent());
        return List.of(folder.write(base + ".png", pngBytes), folder.write(base + ".svg", svgBytes));
    }
}
