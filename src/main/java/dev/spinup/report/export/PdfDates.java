package dev.spinup.report.export;

import java.lang.reflect.Field;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.dictionary.DictionaryObject;

/**
 * The one date every PDF Spinup writes carries (2000-01-01, UTC), so the same chart or handout is the same bytes on
 * every machine and every day (the date says nothing about the simulation).
 */
public final class PdfDates {

    static final String FIXED_DATE = "D:20000101000000Z";

    private PdfDates() {
    }

    /**
     * JFreePDF stamps every document with the clock's date and time zone and has no setter, so the info dictionary
     * is reached by reflection; if a later JFreePDF renames it, exporting fails loudly here (a test compares PDF
     * bytes) rather than silently going back to the clock.
     */
    public static void fix(PDFDocument document) {
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
