package dev.spinup.app.viewmodel;

import dev.spinup.app.player.LessonStep;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Classroom mode and the font scale: on a projector, full screen with large fonts, and a clicker's Page Down /
 * Page Up stepping through the lesson (the question, then each event, then the explanation). The font scale is
 * a property so that preferences can keep it.
 */
public final class ClassroomViewModel {

    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 3.0;
    /** Each Ctrl+ or Ctrl− multiplies or divides the scale by this. */
    public static final double STEP = 1.15;

    private final BooleanProperty classroom = new SimpleBooleanProperty();
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1);
    private final LessonViewModel lesson;
    private final PlayerViewModel player;

    ClassroomViewModel(LessonViewModel lesson, PlayerViewModel player) {
        this.lesson = lesson;
        this.player = player;
    }

    public void toggle() {
        classroom.set(!classroom.get());
    }

    public void leave() {
        classroom.set(false);
    }

    public void larger() {
        fontScale.set(Math.min(MAX_SCALE, fontScale.get() * STEP));
    }

    public void smaller() {
        fontScale.set(Math.max(MIN_SCALE, fontScale.get() / STEP));
    }

    public void normalSize() {
        fontScale.set(1);
    }

    /** The clicker's forward: past the question (the typed answer, if any, is committed), then event by event. */
    public void next() {
        if (lesson.stepProperty().get() == LessonStep.PREDICT) {
            if (!lesson.commit()) {
                lesson.skip();
            }
            return;
        }
        player.pause();
        player.stepForward();
    }

    /** The clicker's back: event by event. */
    public void previous() {
        player.pause();
        player.stepBack();
    }

    public BooleanProperty classroomProperty() {
        return classroom;
    }

    /** 1 is the normal size; every font of the window follows it. */
    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }
}
