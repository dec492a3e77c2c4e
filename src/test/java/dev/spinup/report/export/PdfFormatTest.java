package dev.spinup.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.SampleCharts;
import dev.spinup.report.diagram.StackDiagram;
import dev.spinup.report.style.Theme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;

class PdfFormatTest {

    @Test
    void theDateIsFixedSoTheSameChartIsTheSameBytesEveryDay() {
        Drawable diagram = StackDiagram.containersVersusVirtualMachines(Theme.PRINT);
        byte[] first = ExportFormat.pdf().toBytes(diagram, new ExportSize(400, 300));
        String text = new String(first, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/CreationDate (" + PdfFormat.FIXED_DATE + ")"), "creation date fixed");
        assertTrue(text.contains("/ModDate (" + PdfFormat.FIXED_DATE + ")"), "modification date fixed");
        assertFalse(text.matches("(?s).*D:20[2-9]\\d{11}.*"), "no clock time anywhere");
        // as hex, so a difference shows where it is
        assertEquals(HexFormat.of().formatHex(first), HexFormat.of().formatHex(ExportFormat.pdf().toBytes(diagram,
                new ExportSize(400, 300))));
    }

    @Test
    void isOneChartSizedPage() {
        String pdf = latin1(ExportFormat.pdf().toBytes(chart(), new ExportSize(720, 405)));
        assertTrue(pdf.startsWith("%PDF-"));
        assertTrue(pdf.stripTrailing().endsWith("%%EOF"));
        assertEquals(1, count(pdf, "/Type /Page\\b(?!s)"), "page objects");
        assertEquals(1, count(pdf, "/MediaBox \\[0(\\.0)? 0(\\.0)? 720(\\.0)? 405(\\.0)?\\]"), "media box");
    }

    @Test
    void textIsDrawnAsOutlinesSoNonAsciiSurvives() throws DataFormatException {
        // The sample chart has µ, ≈, — and Δ in it. In JFreePDF's text mode they become "?" (no /Font, no Tj
        // means the vector mode is on).
        byte[] bytes = ExportFormat.pdf().toBytes(chart(), new ExportSize(720, 405));
        String pdf = latin1(bytes);
        assertFalse(pdf.contains("/Font"), "a font resource means text went out as text");
        String content = inflateFirstStream(bytes);
        assertTrue(content.length() > 1000, "page content is suspiciously short");
        assertFalse(content.contains(" Tj") || content.contains(" TJ"), "text-showing operators in the page");
    }

    @Test
    void diagramsExportThroughTheSamePath() {
        Drawable diagram = StackDiagram.containersVersusVirtualMachines(Theme.PRINT);
        String pdf = latin1(ExportFormat.pdf().toBytes(diagram, new ExportSize(1000, 600)));
        assertEquals(1, count(pdf, "/Type /Page\\b(?!s)"));
        assertEquals(1, count(pdf, "/MediaBox \\[0(\\.0)? 0(\\.0)? 1000(\\.0)? 600(\\.0)?\\]"));
    }

    private static JFreeChart chart() {
        JFreeChart chart = SampleCharts.readyOverTime();
        Theme.SCREEN.apply(chart);
        return chart;
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String inflateFirstStream(byte[] pdf) throws DataFormatException {
        String text = latin1(pdf);
        int start = text.indexOf("stream\n") + "stream\n".length();
        int end = text.indexOf("endstream", start);
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, start, end - start);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
