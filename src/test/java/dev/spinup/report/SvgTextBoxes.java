package dev.spinup.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Where each piece of text of an exported SVG lies on the canvas, measured independently of the code that drew
 * it: every {@code <text>} element's glyphs measured with its font, placed at its x and y, moved by the transforms
 * of the groups around it, and compared with the clip it is drawn through (text outside its clip is cut off, as
 * "45 s" was cut to "45" by a plot's edge).
 */
final class SvgTextBoxes {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size:\\s*([\\d.]+)px");
    private static final Pattern CLIP_REF = Pattern.compile("url\\(#([^)]+)\\)");

    /**
     * One text on the canvas; {@code clipped} when part of it lies outside the clip it is drawn through;
     * {@code size} its font size in canvas units, the groups' transforms applied.
     */
    record TextBox(String text, Rectangle2D bounds, boolean clipped, double size) {

        boolean overlaps(TextBox other, double tolerance) {
            Rectangle2D a = bounds;
            Rectangle2D b = other.bounds;
            double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
            double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
            return w > tolerance && h > tolerance;
        }

        @Override
        public String toString() {
            return "\"" + text + "\" at " + Math.round(bounds.getX()) + "," + Math.round(bounds.getY()) + " "
                    + Math.round(bounds.getWidth()) + "x" + Math.round(bounds.getHeight());
        }
    }

    private SvgTextBoxes() {
    }

    static List<TextBox> of(byte[] svg) {
        Document document = parse(svg);
        Map<String, Rectangle2D> clips = new HashMap<>();
        NodeList clipPaths = document.getElementsByTagNameNS(SVG, "clipPath");
        for (int i = 0; i < clipPaths.getLength(); i++) {
            Element clip = (Element) clipPaths.item(i);
            clips.put(clip.getAttribute("id"), pathBounds(clip));
        }
        List<TextBox> boxes = new ArrayList<>();
        NodeList texts = document.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            String content = text.getTextContent();
            if (content.isBlank()) {
                continue;
            }
            Font font = font(text.getAttribute("style"));
            Rectangle2D local = font.createGlyphVector(MEASURE, content).getVisualBounds();
            local.setRect(local.getX() + Double.parseDouble(text.getAttribute("x")),
                    local.getY() + Double.parseDouble(text.getAttribute("y")), local.getWidth(), local.getHeight());
            boolean clipped = false;
            Matcher ref = CLIP_REF.matcher(text.getAttribute("clip-path"));
            if (ref.find() && clips.containsKey(ref.group(1))) {
                Rectangle2D clip = clips.get(ref.group(1));
                clipped = !grown(clip, 0.5).contains(local);
            }
            AffineTransform transform = transformOf(text);
            // a rotation keeps the size, a scale multiplies it: the square root of the determinant is that factor
            double size = font.getSize2D() * Math.sqrt(Math.abs(transform.getDeterminant()));
            boxes.add(new TextBox(content, transform.createTransformedShape(local).getBounds2D(), clipped, size));
        }
        return boxes;
    }

    private static Document parse(byte[] svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    private static Font font(String style) {
        Matcher size = FONT_SIZE.matcher(style);
        float points = size.find() ? Float.parseFloat(size.group(1)) : 12f;
        int weight = style.contains("font-weight: bold") ? Font.BOLD : Font.PLAIN;
        return new Font(Font.SANS_SERIF, weight, 1).deriveFont(points);
    }

    /** The bounds of a clip path's outline (JFreeSVG writes rectangles as M/L paths). */
    private static Rectangle2D pathBounds(Element clip) {
        NodeList paths = clip.getElementsByTagNameNS(SVG, "path");
        Rectangle2D bounds = null;
        for (int p = 0; p < paths.getLength(); p++) {
            Matcher m = NUMBER.matcher(((Element) paths.item(p)).getAttribute("d"));
            List<Double> numbers = new ArrayList<>();
            while (m.find()) {
                numbers.add(Double.parseDouble(m.group()));
            }
            for (int i = 0; i + 1 < numbers.size(); i += 2) {
                Rectangle2D point = new Rectangle2D.Double(numbers.get(i), numbers.get(i + 1), 0, 0);
                bounds = bounds == null ? point : bounds.createUnion(point);
            }
        }
        return bounds == null ? new Rectangle2D.Double(-1e9, -1e9, 2e9, 2e9) : bounds;
    }

    /** The element's own transform and every ancestor's, outermost first. */
    private static AffineTransform transformOf(Element element) {
        List<AffineTransform> chain = new ArrayList<>();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String t = e.getAttribute("transform");
            if (t.startsWith("matrix(")) {
                Matcher m = NUMBER.matcher(t);
                double[] v = new double[6];
                for (int i = 0; i < 6 && m.find(); i++) {
                    v[i] = Double.parseDouble(m.group());
                }
                chain.add(0, new AffineTransform(v));
            }
        }
        AffineTransform all = new AffineTransform();
        chain.forEach(all::concatenate);
        return all;
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
