package dev.spinup.report.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import org.jfree.chart.ui.Drawable;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.dictionary.DictionaryObject;
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
    static final String FIXED_DATE = "D:20000101000000Z";

    @Override
    public void write(Drawable drawable, ExportSize size, OutputStream out) throws IOException {
        PDFDocument document = new PDFDocument();
        fixDates(document);
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, size.width(), size.height());
        Page page = document.createPage(bounds);
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        drawable.draw(g2, bounds);
        out.write(document.getPDFBytes());
    }

    /**
     * JFreePDF stamps every document with the clock's date and time zone; a fixed date instead makes the same chart
     * the same bytes on every machine and every day (the date says nothing about the simulation). JFreePDF has no
     * setter, so the info dictionary is reached by reflection; if a later JFreePDF renames it, exporting fails loudly
     * here (a test compares PDF bytes) rather than silently going back to the clock.
     */
    private static void fixDates(PDFDocument document) {
        try {
            Field info = PDFDocument.class.getDeclaredField("info");
            info.setAccessible(true);
            DictionaryObject dictionary = (DictionaryObject) info.get(document);
            dictionary.put("CreationDate", "(" + FIXED_DATE + ")");
            dictionary.put("ModDate", "(" + FIXED_DATE + ")");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot fix the PDF's creation date in this JFreePDF", e);
        }
    }
}
