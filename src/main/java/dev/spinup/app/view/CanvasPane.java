package dev.spinup.app.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region drawn on one canvas that follows its size: the stage and the scrubber redraw themselves on resize. */
abstract class CanvasPane extends Region {

    protected final Canvas canvas = new Canvas();

    CanvasPane() {
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    abstract void redraw();
}
