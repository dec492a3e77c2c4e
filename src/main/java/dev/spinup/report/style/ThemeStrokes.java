package dev.spinup.report.style;

/** Line widths of a theme, in pixels of the logical canvas. */
public record ThemeStrokes(float series, float gridline, float axis, float outline, float markerSize) {

    public ThemeStrokes {
        for (float width : new float[] {series, gridline, axis, outline, markerSize}) {
            if (!(width > 0)) {
                throw new IllegalArgumentException("stroke widths must be positive: " + width);
            }
        }
    }
}
