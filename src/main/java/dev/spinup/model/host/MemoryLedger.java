package dev.spinup.model.host;

import dev.spinup.model.DataSize;
import java.util.Optional;

/**
 * One host's memory: what instances have reserved (for admission) and what is resident, by component.
 *
 * <p>Reservation decides admission; residency is what the density chart shows and what triggers swapping. Page
 * sharing is kept as its own (subtracted) component so the breakdown still adds up.
 */
public final class MemoryLedger {

    private final long capacity;
    private final OvercommitPolicy policy;
    private final double overcommit;
    private final long[] resident = new long[MemoryComponent.values().length];
    /** The sum of {@link #resident} net of page sharing, kept up to date: CPU work asks for it at every step. */
    private long residentTotal;
    private long reserved;
    private ChangeListener listener = (component, total) -> { };

    /** Told whenever a component's host total changes. */
    @FunctionalInterface
    public interface ChangeListener {
        void changed(MemoryComponent component, long hostTotalBytes);
    }

    public MemoryLedger(DataSize capacityForInstances, OvercommitPolicy policy, double overcommit) {
        this.capacity = capacityForInstances.bytes();
        this.policy = policy;
        this.overcommit = overcommit;
    }

    public void setListener(ChangeListener listener) {
        this.listener = listener;
    }

    /** Reserves {@code bytes} or says why not; with SWAP the limit is RAM times the overcommit ratio. */
    public Optional<Refusal> reserve(DataSize bytes) {
        Optional<Refusal> refusal = check(bytes);
        if (refusal.isEmpty()) {
            reserved += bytes.bytes();
        }
        return refusal;
    }

    /** Whether {@link #reserve} would take {@code bytes} now, and if not why; changes nothing. */
    public Optional<Refusal> check(DataSize bytes) {
        long limit = policy == OvercommitPolicy.REFUSE ? capacity : (long) (capacity * overcommit);
        long free = Math.max(0, limit - reserved);
        if (bytes.bytes() > free) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_ENOUGH_MEMORY,
                    "not enough memory: needs " + bytes + ", " + DataSize.ofBytes(free) + " free"));
        }
        return Optional.empty();
    }

    public void unreserve(DataSize bytes) {
        if (bytes.bytes() > reserved) {
            throw new IllegalStateException("unreserving " + bytes + " but only " + DataSize.ofBytes(reserved)
                    + " is reserved");
        }
        reserved -= bytes.bytes();
    }

    public void add(MemoryComponent component, long bytes) {
        if (bytes == 0) {
            return;
        }
        long total = resident[component.ordinal()] + bytes;
        if (total < 0) {
            throw new IllegalStateException(component.label() + " would go negative: " + total + " bytes");
        }
        resident[component.ordinal()] = total;
        residentTotal += component == MemoryComponent.PAGE_SHARING_SAVINGS ? -bytes : bytes;
        listener.changed(component, total);
    }

    public long capacityBytes() {
        return capacity;
    }

    public long reservedBytes() {
        return reserved;
    }

    public long residentBytes(MemoryComponent component) {
        return resident[component.ordinal()];
    }

    /** Resident memory of all instances and host-level parts, net of page sharing; excludes the host OS. */
    public long residentBytes() {
        return residentTotal;
    }

    /** How far resident memory exceeds RAM, as a fraction of RAM (0 when it fits). */
    public double swapPressure() {
        return Math.max(0, residentBytes() / (double) capacity - 1);
    }
}
