package dev.spinup.app.player;

import java.util.Objects;

/**
 * Two versions of one stack side by side: the stack at {@code stackIndex} as the lesson (and the what-if knobs)
 * have it, and the same stack with one knob at {@code value}; the same workload, hardware and seed, so the
 * difference is the knob alone.
 */
public record Comparison(int stackIndex, String knobId, String value) {

    public Comparison {
        if (stackIndex < 0) {
            throw new IllegalArgumentException("a stack's index is not negative");
        }
        Objects.requireNonNull(knobId, "knobId");
        Objects.requireNonNull(value, "value");
    }
}
