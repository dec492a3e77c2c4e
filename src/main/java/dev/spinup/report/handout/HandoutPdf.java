package dev.spinup.report.handout;

import dev.spinup.report.export.PdfDates;
import dev.spinup.report.export.RotatedText;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/**
 * Lays a {@link Handout} out on A4 pages with JFreePDF: each section starts a page (a long one flows on to more),
 * each chart fills the width of its page. Lines of plain ASCII are written as PDF text, so a teacher can select
 * and copy them; any other line is drawn as outlines, because JFreePDF's base fonts cannot show µ, × or —.
 */
public final class HandoutPdf {

    /** A4 in points. */
    static final double WIDTH = 595;
    static final double HEIGHT = 842;
    static final double MARGIN = 56;
    /** The charts are drawn at their PRINT theme's design size and scaled to the page. */
    static final double CHART_WIDTH = 1000;
    static final double CHART_HEIGHT = 600;

    private static final String BULLET = "•  ";
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font FOOTER = new Font(Font.SANS_SERIF, Font.PLAIN, 8);

    private final PDFDocument document = new PDFDocument();
    private final List<Integer> sectionPages = new ArrayList<>();
    private PDFGraphics2D g2;
    private double y;
    private int pages;
    private final String footer;

    private HandoutPdf(String footer) {
        this.footer = footer;
        PdfDates.fix(document);
    }

    /** The handout as PDF bytes. */
    public static byte[] toBytes(Handout handout) {
        return layOut(handout).document.getPDFBytes();
    }

    /** The page (0-based) each section starts on, in section order, for tests and a table of contents. */
    public static List<Integer> sectionPages(Handout handout) {
        return List.copyOf(layOut(handout).sectionPages);
    }

    private static HandoutPdf layOut(Handout handout) {
        HandoutPdf pdf = new HandoutPdf(handout.title() + " — a Spinup handout");
        for (Handout.Section section : handout.sections()) {
            pdf.newPage();
            pdf.sectionPages.add(pdf.pages - 1);
            pdf.heading(section.heading());
            if (section instanceof Handout.Section.Text text) {
                pdf.paragraphs(text.body());
            } else {
                pdf.chart((Handout.Section.Picture) section);
            }
        }
        return pdf;
    }

    private void newPage() {
        Page page = document.createPage(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g2 = page.getGraphics2D();
        pages++;
        g2.setColor(Color.WHITE);
        g2.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g2.setColor(new Color(0x555555));
        g2.setFont(FOOTER);
        line(footer + "   ·   page " + pages, MARGIN, HEIGHT - MARGIN / 2);
        g2.setColor(Color.BLACK);
        y = MARGIN;
    }

    private void heading(String text) {
        g2.setFont(HEADING);
        for (String l : wrap(text, g2.getFontMetrics())) {
            y += g2.getFontMetrics().getAscent();
            line(l, MARGIN, y);
            y += g2.getFontMetrics().getDescent() + 4;
        }
        y += 10;
    }

    private void paragraphs(String body) {
        g2.setFont(BODY);
        FontMetrics metrics = g2.getFontMetrics();
        double lineHeight = metrics.getHeight() * 1.25;
        for (String paragraph : body.split("\n", -1)) {
            if (paragraph.isBlank()) {
                y += lineHeight / 2;
                continue;
            }
            for (String l : wrap(paragraph, metrics)) {
                if (y + lineHeight > HEIGHT - MARGIN) {
                    newPage();
                    g2.setFont(BODY);
                }
                y += lineHeight;
                line(l, MARGIN, y);
            }
        }
    }

    private void chart(Handout.Section.Picture picture) {
        double width = WIDTH - 2 * MARGIN;
        double scale = width / CHART_WIDTH;
        AffineTransform saved = g2.getTransform();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g2.translate(MARGIN, y);
        g2.scale(scale, scale);
        RotatedText.withDefault(() -> picture.chart().drawable().draw(g2,
                new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT)));
        g2.setTransform(saved);
        y += CHART_HEIGHT * scale + 16;
        g2.setColor(Color.BLACK);
        paragraphs("The data behind this chart is in " + picture.chart().slug().fileName("csv")
                + " when the charts are exported.");
    }

    /** One line: as selectable text when JFreePDF's base fonts can show it, else as outlines. */
    private void line(String text, double x, double baseline) {
        if (text.startsWith(BULLET) && text.length() > BULLET.length()) {
            // the bullet as an outline, the item as selectable text
            line("•", x, baseline);
            line(text.substring(BULLET.length()), x + g2.getFontMetrics().stringWidth("•  "), baseline);
            return;
        }
        boolean plain = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, plain ? PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD
                : PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        // JFreePDF 2.0.1 writes a standard string into the page as "(text) Tj" without escaping it: a lone
        // parenthesis of a wrapped line would end the string early and print the page's operators as text
        g2.drawString(plain ? pdfLiteral(text) : text, (float) x, (float) baseline);
    }

    /** The text as a PDF literal string's content: backslash and parentheses escaped (PDF 32000-1, 7.3.4.2). */
    static String pdfLiteral(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static List<String> wrap(String text, FontMetrics metrics) {
        double width = WIDTH - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (metrics.stringWidth(candidate) > width && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }
}
