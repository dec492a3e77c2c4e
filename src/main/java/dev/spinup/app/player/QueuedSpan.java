package dev.spinup.app.player;

import java.util.Objects;

/** An interval in which an instance waited its turn at a one-at-a-time point, and for what. */
public record QueuedSpan(long startNanos, long endNanos, String waitingFor, int ahead) {

    public QueuedSpan {
        Objects.requireNonNull(waitingFor, "waitingFor");
        if (endNanos < startNanos) {
            throw new IllegalArgumentException("a queued span ends before it starts");
        }
    }

    boolean contains(long timeNanos) {
        return timeNanos >= startNanos && timeNanos < endNanos;
    }
}
