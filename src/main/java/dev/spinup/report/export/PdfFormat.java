package dev.spinup.report.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import org.jfree.chart.ui.Drawable;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/**
 * PDF export: one page the size of the drawing (1 logical px = 1 pt), or {@code scale} times that with the drawing
 * laid out at its logical size and scaled onto it. JFreePDF only knows the 14 base fonts
 * and writes every non-ASCII character (µ, Δ, —) as "?", so text is drawn as vector outlines instead; the
 * glyphs are then exact, at the cost of text that cannot be selected.
 */
public record PdfFormat(double scale) implements ExportFormat {

    public PdfFormat {
        if (!(scale > 0 && scale <= 100)) {
            throw new IllegalArgumentException("scale must be in (0, 100], was " + scale);
        }
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** The creation and modification date of every exported PDF: 2000-01-01, UTC. */
    static final String FIXED_DATE = PdfDates.FIXED_DATE;

    @Override
    public void write(Drawable drawable, ExportSize size, OutputStream out) throws IOException {
        PDFDocument document = new PDFDocument();
        PdfDates.fix(document);
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, size.width(), size.height());
        Page page = document.createPage(scale == 1.0 ? bounds
                : new Rectangle2D.Double(0, 0, size.width() * scale, size.height() * scale));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        if (scale != 1.0) {
            g2.scale(scale, scale); // laid out at the logical size, drawn on the slide's page, as a PNG is
        }
        RotatedText.withDefault(() -> drawable.draw(g2, bounds));
        out.write(document.getPDFBytes());
    }
}
