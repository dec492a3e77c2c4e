package dev.spinup.model.startup;

import dev.spinup.engine.random.Distribution;
import java.util.Objects;

/**
 * A phase whose length alone varies from instance to instance: each instance draws it from {@code nanos} on its
 * own substream of the stream named {@code stream} (one name per quantity, so every stack with the same phase
 * draws the same lengths: common random numbers), and the phase's demands are stretched by the draw over
 * {@code nominalNanos}, keeping their split into CPU, disk and waiting.
 */
public record PhaseLength(Distribution nanos, String stream, long nominalNanos) {

    public PhaseLength {
        Objects.requireNonNull(nanos, "nanos");
        Objects.requireNonNull(stream, "stream");
        if (nominalNanos <= 0) {
            throw new IllegalArgumentException("a varying phase needs a positive nominal length");
        }
    }

    /** The stream a phase of {@code kind} draws its length from, the same on every stack. */
    public static String streamFor(PhaseKind kind) {
        return "phase-length/" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
