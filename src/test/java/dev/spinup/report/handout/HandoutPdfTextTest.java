package dev.spinup.report.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The handout's text reads back as written, whatever characters a lesson's texts hold. */
class HandoutPdfTextTest {

    @Test
    void parenthesesAndBackslashesInALineAreTextNotPdfSyntax() throws Exception {
        // a wrapped line often holds one parenthesis of a pair: unescaped, it ends the PDF string and the rest of the
        // line, and the PDF operators after it, are drawn as text
        String opened = "Every value (with the firmness of its source: [P] primary";
        String closed = "or [E] estimate) and a path like C:\\lessons\\hello.json";
        Handout handout = new Handout("A (lesson", "closed) here", List.of(opened), closed, List.of(),
                "An explanation (", List.of(), List.of(opened, closed));
        try (PDDocument pdf = Loader.loadPDF(HandoutPdf.toBytes(handout))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String line : List.of("A (lesson", "closed) here", opened, closed)) {
                assertTrue(text.contains(line), line + " reads back in:\n" + text);
            }
            assertFalse(text.contains(" Tj"), "no PDF operator is drawn as text");
        }
    }
}
