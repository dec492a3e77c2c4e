package dev.spinup.report.export;

import dev.spinup.report.style.Theme;

/** The logical size of an export: pixels at scale 1 for PNG, user units for SVG, points for PDF. */
public record ExportSize(int width, int height) {

    public ExportSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an export needs a positive size, not " + width + "x" + height);
        }
    }

    /** The canvas the theme's type sizes were chosen for (1920x1080 for PROJECTOR). */
    public static ExportSize designedFor(Theme theme) {
        return new ExportSize(theme.style().designWidth(), theme.style().designHeight());
    }
}
