package dev.spinup.app.view;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the stage draws with: the part of JavaFX's {@code GraphicsContext} it uses, so the one drawing code paints
 * the screen's canvas ({@link FxPen}) and, through Java2D, a slide-sized PNG or an SVG ({@link Graphics2DPen}).
 */
interface Pen {

    void clearRect(double x, double y, double w, double h);

    void fillRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRect(double x, double y, double w, double h);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** Text at (x, y) as aligned and based, squeezed to {@code maxWidth} if wider. */
    void fillText(String text, double x, double y, double maxWidth);

    void setFill(Color colour);

    void setStroke(Color colour);

    void setLineWidth(double width);

    double getLineWidth();

    /** Dashes of these lengths; none for a solid line. */
    void setLineDashes(double... dashes);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);
}
