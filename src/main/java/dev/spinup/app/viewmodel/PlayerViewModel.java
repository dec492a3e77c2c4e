package dev.spinup.app.viewmodel;

import dev.spinup.app.player.ArmFrame;
import dev.spinup.app.player.Pacing;
import dev.spinup.app.player.Playback;
import dev.spinup.app.player.PlaybackClock;
import dev.spinup.engine.SimTime;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The playback controls and what they show: the position on the shared clock, playing or paused, speed and
 * pacing, and every column's frame at the position. Views bind to it; it holds no controls.
 */
public final class PlayerViewModel {

    /** Shift+arrow jumps by this much simulated time. */
    public static final long JUMP_NANOS = SimTime.SECOND;

    private final ObjectProperty<Playback> playback = new SimpleObjectProperty<>();
    private final LongProperty time = new SimpleLongProperty();
    private final LongProperty end = new SimpleLongProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final BooleanProperty mayPlay = new SimpleBooleanProperty(true);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final ObjectProperty<Pacing> pacing = new SimpleObjectProperty<>(Pacing.ADAPTIVE);
    private final ObjectProperty<List<ArmFrame>> frames = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty reachedEnd = new SimpleBooleanProperty();
    private PlaybackClock clock;

    public PlayerViewModel() {
        speed.addListener((obs, was, now) -> {
            if (clock != null) {
                clock.setSpeed(clamp(now.doubleValue()));
            }
        });
        pacing.addListener((obs, was, now) -> {
            if (clock != null && now != null) {
                clock.setPacing(now);
            }
        });
    }

    /** Shows a new run from its start, paused; keeps speed and pacing. */
    public void load(Playback newPlayback) {
        clock = new PlaybackClock(newPlayback);
        clock.setSpeed(clamp(speed.get()));
        clock.setPacing(pacing.get());
        playback.set(newPlayback);
        end.set(clock.endNanos());
        reachedEnd.set(false);
        sync();
    }

    /**
     * Shows a re-simulated run at the position the old one was at (or its end, if shorter), playing on if it was
     * playing: the teacher changed a knob or acted, and the class keeps watching from that moment.
     */
    public void reload(Playback newPlayback) {
        long at = time.get();
        boolean wasPlaying = clock != null && clock.playing();
        boolean wasAtEnd = reachedEnd.get();
        load(newPlayback);
        clock.seek(Math.min(at, clock.endNanos()));
        if (wasPlaying && mayPlay.get() && !clock.atEnd()) {
            clock.play();
        }
        reachedEnd.set(wasAtEnd || clock.atEnd());
        sync();
    }

    /**
     * Advances the clock by one frame's wall time; called by the view on each pulse.
     *
     * @return whether anything moved
     */
    public boolean frame(long wallNanos) {
        if (clock == null || !clock.playing()) {
            return false;
        }
        clock.advance(wallNanos);
        sync();
        return true;
    }

    public void togglePlaying() {
        if (clock == null) {
            return;
        }
        if (!clock.playing() && !mayPlay.get()) {
            return;
        }
        clock.togglePlaying();
        sync();
    }

    public void play() {
        if (clock != null && mayPlay.get() && !clock.playing()) {
            clock.play();
            sync();
        }
    }

    public void pause() {
        if (clock != null) {
            clock.pause();
            sync();
        }
    }

    public void stepForward() {
        if (clock != null) {
            clock.stepForward();
            sync();
        }
    }

    public void stepBack() {
        if (clock != null) {
            clock.stepBack();
            sync();
        }
    }

    public void jump(long deltaNanos) {
        if (clock != null) {
            clock.seek(clock.timeNanos() + deltaNanos);
            sync();
        }
    }

    public void seek(long t) {
        if (clock != null) {
            clock.seek(t);
            sync();
        }
    }

    public void reset() {
        if (clock != null) {
            clock.reset();
            reachedEnd.set(false);
            sync();
        }
    }

    public void toEnd() {
        if (clock != null) {
            clock.toEnd();
            sync();
        }
    }

    private void sync() {
        playing.set(clock.playing());
        time.set(clock.timeNanos());
        frames.set(playback.get().framesAt(clock.timeNanos()));
        if (clock.atEnd()) {
            reachedEnd.set(true);
        }
    }

    private static double clamp(double s) {
        return Math.max(PlaybackClock.MIN_SPEED, Math.min(PlaybackClock.MAX_SPEED, s));
    }

    public ReadOnlyObjectProperty<Playback> playbackProperty() {
        return playback;
    }

    public ReadOnlyLongProperty timeProperty() {
        return time;
    }

    public ReadOnlyLongProperty endProperty() {
        return end;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    /** False while the lesson waits for a prediction: play is refused until then. */
    public BooleanProperty mayPlayProperty() {
        return mayPlay;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public ObjectProperty<Pacing> pacingProperty() {
        return pacing;
    }

    public ReadOnlyObjectProperty<List<ArmFrame>> framesProperty() {
        return frames;
    }

    /** Becomes true once playback reaches the end of the run (the explanation may then be shown). */
    public ReadOnlyBooleanProperty reachedEndProperty() {
        return reachedEnd;
    }
}
