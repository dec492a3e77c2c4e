package dev.spinup.report;

import dev.spinup.report.export.Rfc4180Reader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads exported files back the way a user's tools would, independent of the code that wrote them. */
public final class ExportsReadBack {

    private ExportsReadBack() {
    }

    /** The CSV's records as maps from column name to field, header checked for duplicates. */
    public static List<Map<String, String>> csv(byte[] bytes) {
        List<List<String>> records = Rfc4180Reader.read(new String(bytes, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        if (new HashSet<>(header).size() != header.size()) {
            throw new IllegalArgumentException("duplicate column names: " + header);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new IllegalArgumentException("record of " + record.size() + " fields under " + header);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    public static List<String> csvHeader(byte[] bytes) {
        return Rfc4180Reader.read(new String(bytes, StandardCharsets.UTF_8)).get(0);
    }

    public static BufferedImage png(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("not an image ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of pixels that differ from the top-left (background) pixel. */
    public static double inkShare(BufferedImage image) {
        int background = image.getRGB(0, 0);
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    ink++;
                }
            }
        }
        return ink / (double) ((long) image.getWidth() * image.getHeight());
    }

    /** How many distinct colours the image uses, counting up to {@code cap}. */
    public static int colours(BufferedImage image, int cap) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight() && seen.size() < cap; y += 2) {
            for (int x = 0; x < image.getWidth() && seen.size() < cap; x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /** Every text element's content, in document order; the parser never fetches a DTD. */
    public static List<String> svgTexts(byte[] svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
            if (!document.getDocumentElement().getLocalName().equals("svg")) {
                throw new IllegalArgumentException("root is " + document.getDocumentElement().getLocalName());
            }
            NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** How many page objects the PDF has, or -1 when it does not look like a complete PDF file. */
    public static int pdfPages(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("%PDF-") || !text.stripTrailing().endsWith("%%EOF")) {
            return -1;
        }
        Matcher m = Pattern.compile("/Type /Page\\b(?!s)").matcher(text);
        int pages = 0;
        while (m.find()) {
            pages++;
        }
        return pages;
    }
}
