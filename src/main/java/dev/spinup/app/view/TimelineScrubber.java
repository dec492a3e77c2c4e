package dev.spinup.app.view;

import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The timeline under the stage: where events are dense (bars), how far playback has come, and a handle to drag.
 * Pressing or dragging anywhere seeks there.
 */
public final class TimelineScrubber extends CanvasPane {

    private int[] density = new int[0];
    private long endNanos = 1;
    private long timeNanos;
    private LongConsumer onSeek = t -> { };
    private Color accent = Color.web("#0072B2");
    private Color track = Color.web("#d0d7de");

    public TimelineScrubber() {
        getStyleClass().add("timeline-scrubber");
        setMinHeight(34);
        setPrefHeight(38);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleText("playback position");
        canvas.setOnMousePressed(this::seekTo);
        canvas.setOnMouseDragged(this::seekTo);
    }

    public void setDensity(int[] bins, long end) {
        this.density = bins.clone();
        this.endNanos = Math.max(1, end);
        redraw();
    }

    public void setTime(long t) {
        this.timeNanos = t;
        redraw();
    }

    public void setOnSeek(LongConsumer seek) {
        this.onSeek = seek;
    }

    public void setColours(Color accent, Color track) {
        this.accent = accent;
        this.track = track;
        redraw();
    }

    /** The time a point along the track stands for. */
    public long timeAt(double x) {
        double w = Math.max(1, canvas.getWidth() - 2 * inset());
        double share = Math.max(0, Math.min(1, (x - inset()) / w));
        return Math.round(share * endNanos);
    }

    /** Where along the track a time is drawn. */
    public double xOf(long t) {
        double w = Math.max(1, canvas.getWidth() - 2 * inset());
        return inset() + w * Math.max(0, Math.min(1, (double) t / endNanos));
    }

    private double inset() {
        return 8;
    }

    private void seekTo(MouseEvent e) {
        onSeek.accept(timeAt(e.getX()));
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 20) {
            return;
        }
        double left = inset();
        double width = w - 2 * left;
        double baseline = h - 10;
        int most = 1;
        for (int d : density) {
            most = Math.max(most, d);
        }
        // Density bars: square-root scaled, so one event still shows beside a burst of thousands.
        double barArea = baseline - 4;
        for (int i = 0; i < density.length; i++) {
            if (density[i] == 0) {
                continue;
            }
            double bh = Math.max(2, barArea * Math.sqrt((double) density[i] / most));
            double bx = left + width * i / density.length;
            g.setFill(track.deriveColor(0, 1, 0.8, 1));
            g.fillRect(bx, baseline - bh, Math.max(1, width / density.length - 1), bh);
        }
        g.setFill(track);
        g.fillRoundRect(left, baseline, width, 5, 5, 5);
        double x = xOf(timeNanos);
        g.setFill(accent);
        g.fillRoundRect(left, baseline, x - left, 5, 5, 5);
        g.fillOval(x - 8, baseline - 5.5, 16, 16);
        g.setTextBaseline(VPos.TOP);
    }
}
