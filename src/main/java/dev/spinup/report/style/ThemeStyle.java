package dev.spinup.report.style;

import java.util.Objects;

/**
 * Everything a theme decides, as plain values, so that charts and hand-drawn diagrams share it.
 *
 * @param greyscaleCues whether series also differ in dash, marker and hatch (for greyscale print)
 * @param designWidth   width of the canvas the font sizes were chosen for, in px
 * @param designHeight  height of the canvas the font sizes were chosen for, in px
 */
public record ThemeStyle(ThemeColours colours, ThemeFonts fonts, ThemeStrokes strokes, boolean greyscaleCues,
        int designWidth, int designHeight) {

    public ThemeStyle {
        Objects.requireNonNull(colours, "colours");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(strokes, "strokes");
        if (designWidth <= 0 || designHeight <= 0) {
            throw new IllegalArgumentException("design size must be positive: " + designWidth + "x" + designHeight);
        }
    }

    /** This style with every font size times {@code factor}. */
    public ThemeStyle withFontsScaled(double factor) {
        return new ThemeStyle(colours, fonts.scaled(factor), strokes, greyscaleCues, designWidth, designHeight);
    }
}
