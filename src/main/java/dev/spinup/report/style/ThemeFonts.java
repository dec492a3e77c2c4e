package dev.spinup.report.style;

import java.awt.Font;

/** The font sizes of a theme, in points of the chart's logical canvas (1 pt = 1 px at scale 1). */
public record ThemeFonts(float title, float axisLabel, float tickLabel, float legend, float annotation) {

    public static final String FAMILY = Font.SANS_SERIF;

    public ThemeFonts {
        for (float size : new float[] {title, axisLabel, tickLabel, legend, annotation}) {
            if (!(size > 0)) {
                throw new IllegalArgumentException("font sizes must be positive: " + size);
            }
        }
    }

    /** The same fonts, every size times {@code factor} (a classroom's larger type on the same chart). */
    public ThemeFonts scaled(double factor) {
        float f = (float) factor;
        return new ThemeFonts(title * f, axisLabel * f, tickLabel * f, legend * f, annotation * f);
    }

    public Font titleFont() {
        return new Font(FAMILY, Font.BOLD, 1).deriveFont(title);
    }

    public Font axisLabelFont() {
        return plain(axisLabel);
    }

    public Font tickLabelFont() {
        return plain(tickLabel);
    }

    public Font legendFont() {
        return plain(legend);
    }

    public Font annotationFont() {
        return plain(annotation);
    }

    private static Font plain(float size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(size);
    }
}
