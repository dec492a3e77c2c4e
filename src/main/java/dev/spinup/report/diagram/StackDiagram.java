package dev.spinup.report.diagram;

import dev.spinup.report.style.Palette;
import dev.spinup.report.style.Theme;
import dev.spinup.report.style.ThemeColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ui.Drawable;

/**
 * The classic "containers versus virtual machines" picture, drawn with Java2D so it exports to PNG, SVG and PDF
 * through the same path as the charts, and scales to any size.
 */
public final class StackDiagram implements Drawable {

    private final List<DiagramColumn> columns;
    private final Theme theme;

    public StackDiagram(List<DiagramColumn> columns, Theme theme) {
        this.columns = List.copyOf(columns);
        this.theme = Objects.requireNonNull(theme, "theme");
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("a stack diagram needs at least one column");
        }
    }

    /** The textbook picture: VMs on a type-1 hypervisor beside containers on Docker, three apps each. */
    public static StackDiagram containersVersusVirtualMachines(Theme theme) {
        return new StackDiagram(List.of(DiagramColumn.vmsOnType1Hypervisor(3), DiagramColumn.containersOnDocker(3)),
                theme);
    }

    public List<DiagramColumn> columns() {
        return columns;
    }

    public Theme theme() {
        return theme;
    }

    /** The positions and fitted labels for the given area (exposed to the package for layout tests). */
    DiagramLayout layout(Rectangle2D area, FontRenderContext frc) {
        return DiagramLayout.of(columns, area, frc);
    }

    @Override
    public void draw(Graphics2D target, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) target.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            ThemeColours colours = theme.style().colours();
            g2.setPaint(colours.background());
            g2.fill(area);
            FontRenderContext frc = g2.getFontRenderContext();
            DiagramLayout layout = layout(area, frc);
            for (DiagramLayout.Frame frame : layout.frames()) {
                drawFrame(g2, frame, layout, colours);
            }
            for (DiagramLayout.Block block : layout.blocks()) {
                drawBlock(g2, block, layout);
            }
            for (DiagramLayout.Title title : layout.titles()) {
                drawText(g2, title.text(), title.box(), colours.text(), frc);
            }
        } finally {
            g2.dispose();
        }
    }

    private void drawBlock(Graphics2D g2, DiagramLayout.Block block, DiagramLayout layout) {
        Color fill = Palette.colourFor(block.kind());
        Rectangle2D b = block.bounds();
        RoundRectangle2D shape = new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(),
                layout.arc(), layout.arc());
        g2.setPaint(fill);
        g2.fill(shape);
        g2.setPaint(theme.style().greyscaleCues() ? Color.BLACK : fill.darker());
        g2.setStroke(new BasicStroke(layout.strokeWidth()));
        g2.draw(shape);
        drawText(g2, block.text(), block.textArea(), Palette.textColourOn(fill),
                g2.getFontRenderContext());
    }

    private void drawFrame(Graphics2D g2, DiagramLayout.Frame frame, DiagramLayout layout, ThemeColours colours) {
        Rectangle2D b = frame.bounds();
        float w = layout.strokeWidth() * 1.5f;
        g2.setPaint(colours.mutedText());
        g2.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4 * w, 2.5f * w}, 0f));
        g2.draw(new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(),
                layout.arc() * 1.3, layout.arc() * 1.3));
        drawText(g2, frame.label(), frame.labelBox(), colours.mutedText(), g2.getFontRenderContext());
    }

    private static void drawText(Graphics2D g2, FittedText text, Rectangle2D box, Color colour,
            FontRenderContext frc) {
        g2.setFont(text.font());
        g2.setPaint(colour);
        List<Rectangle2D> lines = text.lineBounds(box, frc);
        for (int i = 0; i < lines.size(); i++) {
            String line = text.lines().get(i);
            Rectangle2D slot = lines.get(i);
            LineMetrics metrics = text.font().getLineMetrics(line, frc);
            double glyphs = metrics.getAscent() + metrics.getDescent();
            double baseline = slot.getY() + (slot.getHeight() - glyphs) / 2 + metrics.getAscent();
            g2.drawString(line, (float) slot.getX(), (float) baseline);
        }
    }
}
