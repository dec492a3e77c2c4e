package dev.spinup.app.view;

import javafx.scene.paint.Color;

/** The report's AWT palette as JavaFX colours, so the stage, gauges and charts share one set of colours. */
final class FxColours {

    private FxColours() {
    }

    static Color of(java.awt.Color awt) {
        return Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue(), awt.getAlpha() / 255.0);
    }

    /** Black or white, whichever reads better on {@code fill}. */
    static Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }
}
