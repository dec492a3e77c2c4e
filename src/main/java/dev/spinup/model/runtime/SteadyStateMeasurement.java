package dev.spinup.model.runtime;

import dev.spinup.model.stack.ResourceClass;
import java.util.Objects;

/** One steady-state benchmark run inside an instance: what it would take on bare metal alone, and what it took. */
public record SteadyStateMeasurement(ResourceClass kind, long nativeNanos, long tookNanos) {

    public SteadyStateMeasurement {
        Objects.requireNonNull(kind, "kind");
        if (nativeNanos <= 0 || tookNanos < 0) {
            throw new IllegalArgumentException("a measurement needs a positive native time and a time taken");
        }
    }

    /** How many times longer than native it took: 1 is bare-metal speed. */
    public double slowdown() {
        return tookNanos / (double) nativeNanos;
    }
}
