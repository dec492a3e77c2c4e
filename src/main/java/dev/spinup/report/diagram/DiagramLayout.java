package dev.spinup.report.diagram;

import dev.spinup.report.diagram.DiagramLayer.Band;
import dev.spinup.report.diagram.DiagramLayer.BoxRow;
import dev.spinup.report.style.LayerColourKey;
import dev.spinup.report.style.ThemeFonts;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Where everything in a stack diagram goes for a given area: all sizes are fractions of one row height, so the
 * picture scales with the area, and every label is fitted into its box (one font size per kind of label).
 *
 * @param strokeWidth width of box outlines
 * @param arc         corner diameter of the rounded boxes
 */
record DiagramLayout(List<Title> titles, List<Block> blocks, List<Frame> frames, float strokeWidth, double arc) {

    /** A column title, centred in its box. */
    record Title(Rectangle2D box, FittedText text) {
    }

    /** A band or an instance box with its label, which stays inside {@code textArea}. */
    record Block(Rectangle2D bounds, LayerColourKey kind, FittedText text, Rectangle2D textArea) {
    }

    /** The frame drawn around one instance's boxes, labelled "VM" or "Container". */
    record Frame(Rectangle2D bounds, Rectangle2D labelBox, FittedText label) {
    }

    // Heights as multiples of the row height.
    private static final double TITLE = 1.1;
    private static final double STRIP = 0.45;
    private static final double GAP = 0.24;
    private static final double FRAME_MARGIN = 0.08;
    private static final double TEXT_MARGIN = 0.1;

    /** The box less an inner margin; narrow boxes get a thinner margin so their labels keep a readable size. */
    private static Rectangle2D textArea(Rectangle2D box, double rowHeight) {
        double margin = Math.min(TEXT_MARGIN * rowHeight, 0.06 * box.getWidth());
        return new Rectangle2D.Double(box.getX() + margin, box.getY() + margin, box.getWidth() - 2 * margin,
                box.getHeight() - 2 * margin);
    }

    static DiagramLayout of(List<DiagramColumn> columns, Rectangle2D area, FontRenderContext frc) {
        int rows = columns.stream().mapToInt(c -> c.layersBottomUp().size()).max().orElse(1);
        boolean framed = columns.stream().anyMatch(c -> c.framedInstances() > 0);
        double pad = 0.03 * Math.min(area.getWidth(), area.getHeight());
        Rectangle2D inner = new Rectangle2D.Double(area.getX() + pad, area.getY() + pad,
                area.getWidth() - 2 * pad, area.getHeight() - 2 * pad);
        double u = inner.getHeight() / (TITLE + (framed ? STRIP : 0) + rows + (rows - 1) * GAP);
        double columnGap = Math.max(pad, 0.04 * inner.getWidth());
        double columnWidth = (inner.getWidth() - columnGap * (columns.size() - 1)) / columns.size();
        double m = FRAME_MARGIN * u;

        List<Rectangle2D> titleBoxes = new ArrayList<>();
        List<String> titleTexts = new ArrayList<>();
        List<Rectangle2D> blockBoxes = new ArrayList<>();
        List<LayerColourKey> blockKinds = new ArrayList<>();
        List<String> blockTexts = new ArrayList<>();
        List<Rectangle2D> frameBoxes = new ArrayList<>();
        List<Rectangle2D> frameLabelBoxes = new ArrayList<>();
        List<String> frameTexts = new ArrayList<>();

        for (int c = 0; c < columns.size(); c++) {
            DiagramColumn column = columns.get(c);
            double x0 = inner.getX() + c * (columnWidth + columnGap);
            titleBoxes.add(new Rectangle2D.Double(x0, inner.getY(), columnWidth, TITLE * u * 0.8));
            titleTexts.add(column.title());
            int instances = column.framedInstances();
            double towerGap = 0.06 * columnWidth;
            List<DiagramLayer> layers = column.layersBottomUp();
            for (int r = 0; r < layers.size(); r++) {
                double top = inner.getMaxY() - (r + 1) * u - r * GAP * u;
                DiagramLayer layer = layers.get(r);
                if (layer instanceof Band band) {
                    blockBoxes.add(new Rectangle2D.Double(x0, top, columnWidth, u));
                    blockKinds.add(band.kind());
                    blockTexts.add(band.label());
                } else if (layer instanceof BoxRow row) {
                    int k = row.labels().size();
                    double gap = instances > 0 ? towerGap : 0.04 * columnWidth;
                    double inset = instances > 0 ? m : 0;
                    double towerWidth = (columnWidth - (k - 1) * gap) / k;
                    for (int i = 0; i < k; i++) {
                        double tx = x0 + i * (towerWidth + gap);
                        blockBoxes.add(new Rectangle2D.Double(tx + inset, top, towerWidth - 2 * inset, u));
                        blockKinds.add(row.kind());
                        blockTexts.add(row.labels().get(i));
                        }
                }
            }
            if (instances > 0) {
                int first = column.firstBoxRow();
                int last = layers.size() - 1;
                double bottom = inner.getMaxY() - first * (u + GAP * u) + m;
                double topRowTop = inner.getMaxY() - (last + 1) * u - last * GAP * u;
                double frameTop = topRowTop - STRIP * u;
                double towerWidth = (columnWidth - (instances - 1) * towerGap) / instances;
                for (int i = 0; i < instances; i++) {
                    double tx = x0 + i * (towerWidth + towerGap);
                    frameBoxes.add(new Rectangle2D.Double(tx, frameTop, towerWidth, bottom - frameTop));
                    double labelInset = Math.max(m, 0.1 * towerWidth);
                    frameLabelBoxes.add(new Rectangle2D.Double(tx + labelInset, frameTop + 0.05 * u,
                            towerWidth - 2 * labelInset, STRIP * u - 0.1 * u));
                    frameTexts.add(column.instanceLabel().orElseThrow());
                }
            }
        }

        Font plain = new Font(ThemeFonts.FAMILY, Font.PLAIN, 1);
        Font bold = new Font(ThemeFonts.FAMILY, Font.BOLD, 1);
        List<FittedText> titleFits = fitUniformly(titleTexts, titleBoxes, b -> b, bold, (float) (0.42 * u), frc);
        List<FittedText> blockFits = fitKindByKind(blockTexts, blockBoxes, blockKinds,
                b -> textArea(b, u), plain, (float) (0.36 * u), frc);
        List<FittedText> frameFits = fitUniformly(frameTexts, frameLabelBoxes, b -> b, plain, (float) (0.3 * u), frc);

        List<Title> titles = new ArrayList<>();
        for (int i = 0; i < titleBoxes.size(); i++) {
            titles.add(new Title(titleBoxes.get(i), titleFits.get(i)));
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < blockBoxes.size(); i++) {
            blocks.add(new Block(blockBoxes.get(i), blockKinds.get(i), blockFits.get(i),
                    textArea(blockBoxes.get(i), u)));
        }
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < frameBoxes.size(); i++) {
            frames.add(new Frame(frameBoxes.get(i), frameLabelBoxes.get(i), frameFits.get(i)));
        }
        return new DiagramLayout(titles, blocks, frames, (float) Math.max(1.0, 0.02 * u), 0.18 * u);
    }

    /**
     * Fits the blocks of each kind of layer together: the apps, the libraries, the host kernels match in size across
     * the stacks, and one long label (a host kernel with KVM in a narrow column) no longer shrinks every other kind's.
     */
    private static List<FittedText> fitKindByKind(List<String> texts, List<Rectangle2D> boxes,
            List<LayerColourKey> kinds,
            Function<Rectangle2D, Rectangle2D> textArea, Font base, float maxSize, FontRenderContext frc) {
        List<FittedText> fits = new ArrayList<>(Collections.nCopies(texts.size(), (FittedText) null));
        for (LayerColourKey kind : new TreeSet<>(kinds)) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) == kind) {
                    at.add(i);
                }
            }
            List<FittedText> rowFits = fitUniformly(at.stream().map(texts::get).toList(),
                    at.stream().map(boxes::get).toList(), textArea, base, maxSize, frc);
            for (int k = 0; k < at.size(); k++) {
                fits.set(at.get(k), rowFits.get(k));
            }
        }
        return fits;
    }

    /** Fits every text, then refits all at the smallest size found, so labels of one kind match in size. */
    private static List<FittedText> fitUniformly(List<String> texts, List<Rectangle2D> boxes,
            Function<Rectangle2D, Rectangle2D> textArea, Font base, float maxSize, FontRenderContext frc) {
        float size = maxSize;
        for (int i = 0; i < texts.size(); i++) {
            Rectangle2D a = textArea.apply(boxes.get(i));
            size = Math.min(size, FittedText.fit(texts.get(i), base, a.getWidth(), a.getHeight(), maxSize, frc)
                    .font().getSize2D());
        }
        List<FittedText> fits = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Rectangle2D a = textArea.apply(boxes.get(i));
            fits.add(FittedText.fit(texts.get(i), base, a.getWidth(), a.getHeight(), size, frc));
        }
        return fits;
    }
}
