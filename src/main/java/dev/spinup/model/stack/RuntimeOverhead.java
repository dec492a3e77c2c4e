package dev.spinup.model.stack;

import dev.spinup.model.catalogue.Cited;
import java.time.Duration;

/**
 * Steady-state cost of a stack relative to bare metal, per resource class: the slowdown factor of CPU-bound work,
 * of system calls and of random I/O, and the latency a network round trip gains.
 */
public record RuntimeOverhead(Cited<Double> cpu, Cited<Double> syscall, Cited<Double> randomIo,
                              Cited<Duration> networkRoundTrip) {

    public RuntimeOverhead {
        requireFactor(cpu, "cpu");
        requireFactor(syscall, "syscall");
        requireFactor(randomIo, "random I/O");
        if (networkRoundTrip.value().isNegative()) {
            throw new IllegalArgumentException("network round-trip overhead cannot be negative");
        }
    }

    private static void requireFactor(Cited<Double> factor, String what) {
        if (!(factor.value() >= 1.0) || factor.value().isInfinite()) {
            throw new IllegalArgumentException(what + " overhead factor must be at least 1.0, was " + factor.value());
        }
    }
}
