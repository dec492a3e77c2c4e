package dev.spinup.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jfree.chart.ui.Drawable;

/**
 * A file format a chart or diagram can be exported to. Anything that draws itself into a Graphics2D (a
 * JFreeChart, a StackDiagram) goes through the same path.
 */
public sealed interface ExportFormat permits PngFormat, SvgFormat, PdfFormat {

    /** The file name extension, without the dot. */
    String extension();

    /** Draws the drawable at the given logical size and writes the encoded file to the stream. */
    void write(Drawable drawable, ExportSize size, OutputStream out) throws IOException;

    /** The encoded file as bytes. */
    default byte[] toBytes(Drawable drawable, ExportSize size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(drawable, size, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + extension() + " in memory", e);
        }
        return out.toByteArray();
    }

    static PngFormat png() {
        return new PngFormat(1.0);
    }

    /** PNG whose pixels are {@code scale} times the logical size, e.g. 2 for a HiDPI screen or a sharp slide. */
    static PngFormat png(double scale) {
        return new PngFormat(scale);
    }

    static SvgFormat svg() {
        return new SvgFormat(1.0);
    }

    /** SVG laid out at the logical size and declared {@code scale} times as large, as a PNG of that scale is. */
    static SvgFormat svg(double scale) {
        return new SvgFormat(scale);
    }

    static PdfFormat pdf() {
        return new PdfFormat(1.0);
    }

    /** PDF laid out at the logical size on a page {@code scale} times as large, as a PNG of that scale is. */
    static PdfFormat pdf(double scale) {
        return new PdfFormat(scale);
    }
}
