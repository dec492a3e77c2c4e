package dev.spinup.report.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A label broken into one, two or three lines at the largest font size that fits a box. */
record FittedText(List<String> lines, Font font) {

    /** Measured at a large size and scaled: text width grows linearly with the font size. */
    private static final float PROBE_SIZE = 100f;

    /** Line pitch as a multiple of the font size (DejaVu/Helvetica ascent+descent is about 1.17). */
    static final double LINE_PITCH = 1.2;

    /** The largest size up to {@code maxSize} at which the text fits in the box, on one line or split in two or three. */
    static FittedText fit(String text, Font base, double width, double height, float maxSize,
            FontRenderContext frc) {
        Font probe = base.deriveFont(PROBE_SIZE);
        List<List<String>> candidates = new ArrayList<>();
        candidates.add(List.of(text));
        twoLineSplit(text, probe, frc).ifPresent(candidates::add);
        threeLineSplit(text, probe, frc).ifPresent(candidates::add);
        List<String> best = candidates.get(0);
        float bestSize = 0f;
        for (List<String> lines : candidates) {
            double widest = lines.stream().mapToDouble(l -> width(l, probe, frc)).max().orElse(1) / PROBE_SIZE;
            float size = (float) Math.min(maxSize, Math.min(width / widest, height / (lines.size() * LINE_PITCH)));
            // A split must earn its place: only wrap when one line would be clearly smaller.
            if (size > bestSize * (lines.size() > 1 ? 1.15f : 1f)) {
                best = lines;
                bestSize = size;
            }
        }
        return new FittedText(best, base.deriveFont(Math.max(bestSize, 1f)));
    }

    /** Total height of the lines at this font size. */
    double height() {
        return lines.size() * font.getSize2D() * LINE_PITCH;
    }

    /** Width of the widest line. */
    double width(FontRenderContext frc) {
        return lines.stream().mapToDouble(l -> width(l, font, frc)).max().orElse(0);
    }

    static double width(String line, Font font, FontRenderContext frc) {
        return font.getStringBounds(line, frc).getWidth();
    }

    /** The bounds each line occupies when centred in the box (used for drawing and for the no-clipping test). */
    List<Rectangle2D> lineBounds(Rectangle2D box, FontRenderContext frc) {
        List<Rectangle2D> result = new ArrayList<>();
        double pitch = font.getSize2D() * LINE_PITCH;
        double top = box.getCenterY() - height() / 2;
        for (int i = 0; i < lines.size(); i++) {
            double w = width(lines.get(i), font, frc);
            result.add(new Rectangle2D.Double(box.getCenterX() - w / 2, top + i * pitch, w, pitch));
        }
        return result;
    }

    /** The split into three lines whose widest line is narrowest (long labels in narrow columns). */
    private static Optional<List<String>> threeLineSplit(String text, Font probe, FontRenderContext frc) {
        List<String> best = null;
        double bestWidest = Double.MAX_VALUE;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            for (int j = text.indexOf(' ', i + 1); j > 0; j = text.indexOf(' ', j + 1)) {
                List<String> lines = List.of(text.substring(0, i).strip(), text.substring(i + 1, j).strip(),
                        text.substring(j + 1).strip());
                if (lines.stream().anyMatch(String::isEmpty)) {
                    continue;
                }
                double widest = lines.stream().mapToDouble(l -> width(l, probe, frc)).max().orElse(0);
                if (widest < bestWidest) {
                    bestWidest = widest;
                    best = lines;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<List<String>> twoLineSplit(String text, Font probe, FontRenderContext frc) {
        List<String> best = null;
        double bestWidest = Double.MAX_VALUE;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            String first = text.substring(0, i).strip();
            String second = text.substring(i + 1).strip();
            if (first.isEmpty() || second.isEmpty()) {
                continue;
            }
            double widest = Math.max(width(first, probe, frc), width(second, probe, frc));
            if (widest < bestWidest) {
                bestWidest = widest;
                best = List.of(first, second);
            }
        }
        return Optional.ofNullable(best);
    }
}
