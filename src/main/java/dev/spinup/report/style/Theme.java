package dev.spinup.report.style;

import java.awt.Color;
import org.jfree.chart.JFreeChart;

/** How a chart looks: on a laptop screen, on a classroom projector, on greyscale paper, or in dark mode. */
public enum Theme {
    /** The default: for a window on a laptop or desktop screen. */
    SCREEN(new ThemeStyle(
            new ThemeColours(Color.WHITE, Color.WHITE, new Color(0x222222), new Color(0x444444),
                    new Color(0xDDDDDD), new Color(0x999999)),
            new ThemeFonts(20f, 15f, 13f, 13f, 12f),
            new ThemeStrokes(2.5f, 1f, 1f, 1f, 8f),
            false, 1280, 720)),
    /** For a 1920x1080 projector read from the back row: large type, thick lines, full contrast. */
    PROJECTOR(new ThemeStyle(
            new ThemeColours(Color.WHITE, Color.WHITE, Color.BLACK, Color.BLACK,
                    new Color(0xBBBBBB), Color.BLACK),
            new ThemeFonts(48f, 36f, 30f, 30f, 28f),
            new ThemeStrokes(5f, 2f, 2.5f, 2.5f, 16f),
            false, 1920, 1080)),
    /** For paper that may be printed in greyscale: white, black text, dashes and hatches besides colour. */
    PRINT(new ThemeStyle(
            new ThemeColours(Color.WHITE, Color.WHITE, Color.BLACK, new Color(0x333333),
                    new Color(0xD0D0D0), Color.BLACK),
            new ThemeFonts(16f, 13f, 11f, 11f, 10f),
            new ThemeStrokes(2f, 0.75f, 1f, 1f, 7f),
            true, 1000, 600)),
    /** For a dark desktop or a darkened room: light text on near-black. */
    DARK(new ThemeStyle(
            new ThemeColours(new Color(0x1B1B1F), new Color(0x232329), new Color(0xEEEEEE), new Color(0xC8C8C8),
                    new Color(0x44444C), new Color(0x77777F)),
            new ThemeFonts(20f, 15f, 13f, 13f, 12f),
            new ThemeStrokes(2.5f, 1f, 1f, 1f, 8f),
            false, 1280, 720));

    private final ThemeStyle style;

    Theme(ThemeStyle style) {
        this.style = style;
    }

    public static Theme defaultTheme() {
        return SCREEN;
    }

    public ThemeStyle style() {
        return style;
    }

    /**
     * Restyles the chart in place: fonts, backgrounds, gridlines, axes, legend, annotation and marker labels,
     * series line widths (and dashes, markers and hatches for PRINT). Series colours set explicitly by a chart
     * builder are kept. Applying another theme later fully replaces this one.
     */
    public void apply(JFreeChart chart) {
        new ChartStyler(style).style(chart);
    }

    /**
     * Restyles the chart with every font times {@code fontScale}: the app's charts follow its font scale (classroom
     * mode, Ctrl+/Ctrl−) in the pane they already have, where a projector theme's 1080-px type would not fit.
     */
    public void apply(JFreeChart chart, double fontScale) {
        new ChartStyler(fontScale == 1 ? style : style.withFontsScaled(fontScale)).style(chart);
    }
}
