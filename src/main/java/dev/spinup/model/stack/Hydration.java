package dev.spinup.model.stack;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.time.Duration;
import java.util.Objects;

/**
 * How a cloud volume made from a snapshot fills in on first read: every block a boot reads for the first time is
 * fetched from the snapshot store, sequential bytes at {@code fetchRate} and each small random read paying
 * {@code perOperation} on top.
 */
public record Hydration(DataRate fetchRate, Duration perOperation) {

    public Hydration {
        Objects.requireNonNull(fetchRate, "fetchRate");
        Objects.requireNonNull(perOperation, "perOperation");
        if (perOperation.isNegative()) {
            throw new IllegalArgumentException("per-operation fetch time cannot be negative");
        }
    }

    /** The extra time a first read of {@code bytes} in {@code operations} random reads takes. */
    public Duration fetchTime(DataSize bytes, long operations) {
        double nanos = bytes.bytes() / fetchRate.bytesPerNano() + (double) operations * perOperation.toNanos();
        return Duration.ofNanos(Math.round(nanos));
    }
}
