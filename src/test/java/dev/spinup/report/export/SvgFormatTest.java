package dev.spinup.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.SampleCharts;
import dev.spinup.report.style.Theme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgFormatTest {

    private static final ExportSize SIZE = new ExportSize(800, 500);

    @Test
    void isWellFormedXmlWithTheTitleAndAxisLabelsAsText() throws Exception {
        Document svg = parse(ExportFormat.svg().toBytes(chart(Theme.SCREEN), SIZE));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("800", root.getAttribute("width"));
        assertEquals("500", root.getAttribute("height"));
        assertEquals("0 0 800 500", root.getAttribute("viewBox"));
        List<String> texts = texts(svg);
        assertTrue(texts.contains(SampleCharts.LINE_TITLE), texts.toString());
        assertTrue(texts.contains(SampleCharts.LINE_X_LABEL), texts.toString());
        assertTrue(texts.contains(SampleCharts.LINE_Y_LABEL), texts.toString());
        assertTrue(texts.contains("Containers"), "legend entry: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("µVM boot")), "non-ASCII annotation: " + texts);
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        byte[] first = ExportFormat.svg().toBytes(chart(Theme.PRINT), SIZE);
        byte[] again = ExportFormat.svg().toBytes(chart(Theme.PRINT), SIZE);
        JFreeChart one = chart(Theme.PROJECTOR);
        byte[] twiceA = ExportFormat.svg().toBytes(one, SIZE);
        byte[] twiceB = ExportFormat.svg().toBytes(one, SIZE);
        assertArrayEquals(first, again);
        assertArrayEquals(twiceA, twiceB);
        // Clip paths are what carries generated ids; make sure there are some so the check means something.
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("clip-path"));
    }

    @Test
    void writesNoDoctypeSoNoReaderFetchesTheDtd() {
        String svg = new String(ExportFormat.svg().toBytes(chart(Theme.SCREEN), SIZE), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertFalse(svg.contains("<!DOCTYPE"));
    }

    private static JFreeChart chart(Theme theme) {
        JFreeChart chart = SampleCharts.readyOverTime();
        theme.apply(chart);
        return chart;
    }

    /** An offline-safe parser: never loads the SVG DTD from w3.org, and refuses a DOCTYPE outright. */
    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = f.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg));
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
