package dev.spinup.app.player;

import java.util.Objects;

/**
 * The playback position in simulated time and how it moves: play, pause, seek, speed, and the pacing that
 * turns a frame's wall time into simulated time. Plain Java, advanced by whoever draws frames.
 */
public final class PlaybackClock {

    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 1000;

    private static final double NANOS_PER_SECOND = 1e9;
    /** Adaptive pacing: simulated seconds per wall second at the start of a burst, at speed 1. */
    static final double BURST_START_RATE = 0.1;
    /** Adaptive pacing: how fast the rate grows as a burst ages (per second): a log-like clock. */
    static final double BURST_GROWTH = 0.7;
    /** Adaptive pacing: the slowest a quiet stretch is crossed, in simulated seconds per wall second. */
    static final double QUIET_RATE = 5;
    /** Adaptive pacing: the longest a quiet stretch may take to cross, in wall seconds. */
    static final double QUIET_MOST_WALL_SECONDS = 1;

    private final long endNanos;
    private final BusyPeriods busy;
    private final Playback playback;
    private long timeNanos;
    private boolean playing;
    private double speed = 1;
    private Pacing pacing = Pacing.ADAPTIVE;

    public PlaybackClock(Playback playback) {
        this.playback = Objects.requireNonNull(playback, "playback");
        this.endNanos = playback.endNanos();
        this.busy = playback.busyPeriods();
    }

    public long timeNanos() {
        return timeNanos;
    }

    public long endNanos() {
        return endNanos;
    }

    public boolean playing() {
        return playing;
    }

    public double speed() {
        return speed;
    }

    public Pacing pacing() {
        return pacing;
    }

    public boolean atEnd() {
        return timeNanos >= endNanos;
    }

    /** Plays from here; from the start when already at the end. */
    public void play() {
        if (atEnd()) {
            timeNanos = 0;
        }
        playing = true;
    }

    public void pause() {
        playing = false;
    }

    public void togglePlaying() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    public void setSpeed(double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed " + speed + " is outside " + MIN_SPEED + ".." + MAX_SPEED);
        }
        this.speed = speed;
    }

    public void setPacing(Pacing pacing) {
        this.pacing = Objects.requireNonNull(pacing, "pacing");
    }

    /** Moves to {@code t}, clamped to the run; the clock keeps playing or paused as it was. */
    public void seek(long t) {
        timeNanos = Math.max(0, Math.min(endNanos, t));
    }

    /** Pauses at the next instant something happened. */
    public void stepForward() {
        pause();
        seek(playback.nextEventAfter(timeNanos));
    }

    /** Pauses at the previous instant something happened. */
    public void stepBack() {
        pause();
        seek(playback.previousEventBefore(timeNanos));
    }

    /** Back to the start, paused. */
    public void reset() {
        pause();
        timeNanos = 0;
    }

    public void toEnd() {
        pause();
        timeNanos = endNanos;
    }

    /**
     * Advances by one frame of {@code wallNanos} if playing, and stops at the end.
     *
     * @return the new position
     */
    public long advance(long wallNanos) {
        if (!playing || wallNanos <= 0) {
            return timeNanos;
        }
        double wallSeconds = wallNanos / NANOS_PER_SECOND;
        long next;
        if (pacing == Pacing.LINEAR) {
            next = saturatedAdd(timeNanos, wallSeconds * speed * NANOS_PER_SECOND);
        } else {
            next = adaptiveStep(wallSeconds);
        }
        timeNanos = Math.min(endNanos, Math.max(timeNanos, next));
        if (timeNanos >= endNanos) {
            playing = false;
        }
        return timeNanos;
    }

    /** Simulated seconds per wall second at {@code t} under adaptive pacing (speed included). */
    public double adaptiveRate(long t) {
        long start = busy.startOfPeriodAt(t);
        if (start >= 0) {
            double age = (t - start) / NANOS_PER_SECOND;
            return speed * Math.max(BURST_START_RATE, BURST_GROWTH * age);
        }
        long next = busy.nextStartAfter(t);
        long target = next >= 0 ? next : endNanos;
        double gap = Math.max(0, target - t) / NANOS_PER_SECOND;
        return speed * Math.max(QUIET_RATE, gap / QUIET_MOST_WALL_SECONDS);
    }

    private long adaptiveStep(double wallSeconds) {
        long t = timeNanos;
        long next = saturatedAdd(t, adaptiveRate(t) * wallSeconds * NANOS_PER_SECOND);
        if (busy.startOfPeriodAt(t) < 0) {
            // Never skip over the start of a burst while crossing a quiet stretch fast.
            long burst = busy.nextStartAfter(t);
            if (burst >= 0 && next > burst) {
                next = burst;
            }
        }
        return next;
    }

    private static long saturatedAdd(long t, double delta) {
        double sum = t + delta;
        return sum >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) sum;
    }
}
