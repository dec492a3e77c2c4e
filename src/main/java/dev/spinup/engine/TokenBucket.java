package dev.spinup.engine;

import java.util.ArrayDeque;
import java.util.Objects;

/** A rate limit with bursts (an API server's QPS, a registry's pull rate): takers wait, in order, for a token. */
public final class TokenBucket {

    private final Simulation simulation;
    private final String name;
    private final double tokensPerNano;
    private final double burst;
    private final EventKind refillKind;
    private final ArrayDeque<Completion<Void>> waiting = new ArrayDeque<>();
    private double tokens;
    private long lastRefill;
    private ScheduledEvent wakeUp;

    /** Starts full: {@code burst} tokens available at once, then {@code tokensPerSecond}. */
    public TokenBucket(Simulation simulation, String name, double tokensPerSecond, double burst) {
        if (!(tokensPerSecond > 0) || Double.isInfinite(tokensPerSecond)) {
            throw new IllegalArgumentException(name + ": rate must be positive and finite, was " + tokensPerSecond);
        }
        if (!(burst >= 1) || Double.isInfinite(burst)) {
            throw new IllegalArgumentException(name + ": burst must be at least 1, was " + burst);
        }
        this.simulation = simulation;
        this.name = Objects.requireNonNull(name, "name");
        this.tokensPerNano = tokensPerSecond / SimTime.SECOND;
        this.burst = burst;
        this.tokens = burst;
        this.lastRefill = simulation.now();
        this.refillKind = EventKind.of(name + ": token available");
    }

    public String name() {
        return name;
    }

    public int waiting() {
        return waiting.size();
    }

    /** Succeeds when a token has been taken for the caller, at once if one is there and nobody is ahead. */
    public Completion<Void> take() {
        Completion<Void> granted = simulation.completion();
        refill();
        if (waiting.isEmpty() && tokens >= 1) {
            tokens -= 1;
            granted.succeed(null);
        } else {
            waiting.add(granted);
            scheduleWakeUp();
        }
        return granted;
    }

    private void refill() {
        long now = simulation.now();
        tokens = Math.min(burst, tokens + (now - lastRefill) * tokensPerNano);
        lastRefill = now;
    }

    private void scheduleWakeUp() {
        if (wakeUp != null && wakeUp.isPending()) {
            return;
        }
        long delay = (long) Math.ceil((1 - tokens) / tokensPerNano);
        wakeUp = simulation.schedule(Math.max(0, delay), Priority.URGENT, refillKind, this::serveWaiting);
    }

    private void serveWaiting() {
        refill();
        // Rounding the wake-up to whole nanoseconds can leave the bucket a hair short of a full token.
        while (!waiting.isEmpty() && tokens >= 1 - 1e-9) {
            tokens = Math.max(0, tokens - 1);
            waiting.poll().succeed(null);
        }
        if (!waiting.isEmpty()) {
            scheduleWakeUp();
        }
    }
}
