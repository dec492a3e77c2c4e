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
 * PDF export: one page the size of the drawing (1 logical px = 1 pt). JFreePDF only knows the 14 base fonts
 * and writes every non-ASCII character (µ, Δ, —) as "?", so text is drawn as vector outlines instead; the
 * glyphs are then exact, at the cost of text that cannot be selected.
 */
public record PdfFormat() implements ExportFormat {

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
        Page page = document.createPage(bounds);
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        RotatedText.withDefault(() -> drawable.draw(g2, bounds));
        out.write(document.getPDFBytes());
    }
}
