package dev.spinup.app.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A canvas drawn in the stage's type and inks (the stage's columns or the cluster view): scaled by the classroom
 * font scale, in the light or dark theme, through a {@link Pen} so it can be drawn for a slide too.
 */
abstract class StageCanvas extends CanvasPane {

    /** Space around the columns and between two of them, in pixels. */
    private static final double PAD = 14;
    private static final double COLUMN_GAP = 18;

    /** Draws one column of the picture into its box. */
    @FunctionalInterface
    interface ColumnPainter {
        void draw(int index, double x, double y, double width, double height);
    }

    private final DoubleProperty fontScale = new SimpleDoubleProperty(1);
    private boolean dark;

    StageCanvas() {
        fontScale.addListener((obs, was, now) -> redraw());
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        redraw();
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    final boolean dark() {
        return dark;
    }

    final double scale() {
        return fontScale.get();
    }

    final Font font(double size, boolean bold) {
        return Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size * scale());
    }

    /** What a picture of this canvas stands on: the window's background in its theme. */
    final Color background() {
        return dark ? Color.web("#0d1117") : Color.WHITE;
    }

    /**
     * Draws this moment into {@code w} × {@code h} with {@code g}: the screen's canvas, or a slide
     * ({@link StageExport}, which redraws the screen afterwards, since hover hit-testing follows the last size drawn).
     */
    abstract void paint(Pen g, double w, double h);

    @Override
    final void redraw() {
        paint(new FxPen(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight());
    }

    /** Lays {@code n} columns side by side across {@code w} × {@code h}, padded and spaced alike, and draws each. */
    static void columns(int n, double w, double h, ColumnPainter each) {
        double columnWidth = (w - 2 * PAD - (n - 1) * COLUMN_GAP) / n;
        for (int i = 0; i < n; i++) {
            each.draw(i, PAD + i * (columnWidth + COLUMN_GAP), PAD, columnWidth, h - 2 * PAD);
        }
    }

    final Color ink() {
        return dark ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    final Color muted() {
        return dark ? Color.web("#8d96a0") : Color.web("#59636e");
    }

    /** {@code text} cut with an ellipsis to fit {@code width} at {@code size} points. */
    final String fit(String text, double width, double size) {
        // Canvas has no ellipsis: cut by an estimate of the average glyph width (0.55 em), good enough for labels.
        int most = (int) Math.max(4, width / (size * scale() * 0.55));
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }
}
