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

    /**
     * The logical canvas a picture of this many pixels is laid out on so that its type keeps the share of the
     * height the theme chose it for: a 1024x768 projector slide is laid out at 1440x1080 and drawn at 768/1080,
     * so a tick label is 2.8 % of the slide height at every size instead of crowding a small slide.
     */
    public ExportSize laidOutFor(Theme theme) {
        int designHeight = theme.style().designHeight();
        return new ExportSize((int) Math.round(width * (double) designHeight / height), designHeight);
    }

    /** How many of these pixels one logical pixel of {@link #laidOutFor(Theme)} covers. */
    public double scaleFrom(Theme theme) {
        return (double) height / theme.style().designHeight();
    }
}
