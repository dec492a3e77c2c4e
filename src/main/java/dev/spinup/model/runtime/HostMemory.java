package dev.spinup.model.runtime;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.MemoryLedger;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a host's resident memory comes from: the instances' own parts, host-level parts (an engine daemon,
 * hypervisor services, cached layers), and the pages of node-VM hosts nested in it, which live in its RAM too.
 */
final class HostMemory {

    private final MemoryLedger ledger;
    private final Optional<HostMemory> parent;
    private final long[] nestedResident = new long[MemoryComponent.values().length];
    private final long[] hostLevel = new long[MemoryComponent.values().length];
    /** Told after an instance's own resident memory changed (only when someone records it). */
    private Consumer<Instance> instanceChanged;

    HostMemory(MemoryLedger ledger, Optional<HostMemory> parent) {
        this.ledger = ledger;
        this.parent = parent;
    }

    /** An instance's pages of one component became resident (or, negative, were freed). */
    void touch(Instance instance, MemoryComponent component, long bytes) {
        instance.memoryParts()[component.ordinal()] += bytes;
        add(component, bytes);
        if (instanceChanged != null) {
            instanceChanged.accept(instance);
        }
    }

    void onInstanceChanged(Consumer<Instance> listener) {
        this.instanceChanged = listener;
    }

    /** What the instance holds resident now: its parts, less the pages page sharing merged away. */
    static long residentOf(Instance instance) {
        long[] parts = instance.memoryParts();
        long sum = 0;
        for (MemoryComponent c : MemoryComponent.values()) {
            sum += c == MemoryComponent.PAGE_SHARING_SAVINGS ? -parts[c.ordinal()] : parts[c.ordinal()];
        }
        return sum;
    }

    /**
     * Frees everything the instance held resident. The pages page sharing merged away go first: they count against
     * resident memory, so freeing the other parts before them would show the host, for an instant, holding less than
     * nothing (each change is observed as it is made).
     */
    void free(Instance instance) {
        long[] parts = instance.memoryParts();
        freePart(parts, MemoryComponent.PAGE_SHARING_SAVINGS);
        for (MemoryComponent c : MemoryComponent.values()) {
            freePart(parts, c);
        }
    }

    private void freePart(long[] parts, MemoryComponent c) {
        if (parts[c.ordinal()] != 0) {
            add(c, -parts[c.ordinal()]);
            parts[c.ordinal()] = 0;
        }
    }

    /** Memory the host holds for all its instances (a daemon, services, cached layers). */
    void addHostLevel(MemoryComponent component, long bytes) {
        hostLevel[component.ordinal()] += bytes;
        add(component, bytes);
    }

    long nestedResident(MemoryComponent component) {
        return nestedResident[component.ordinal()];
    }

    private void add(MemoryComponent component, long bytes) {
        ledger.add(component, bytes);
        parent.ifPresent(physical -> physical.nested(component, bytes));
    }

    private void nested(MemoryComponent component, long bytes) {
        nestedResident[component.ordinal()] += bytes;
        ledger.add(component, bytes);
    }

    /** True when, for every component, the ledger equals the sum of its parts (see {@link Host#ledgerBalances}). */
    boolean balances(Iterable<Instance> live) {
        long[] expected = hostLevel.clone();
        for (Instance instance : live) {
            long[] parts = instance.memoryParts();
            for (int i = 0; i < parts.length; i++) {
                expected[i] += parts[i];
            }
        }
        for (MemoryComponent c : MemoryComponent.values()) {
            if (expected[c.ordinal()] + nestedResident[c.ordinal()] != ledger.residentBytes(c)) {
                return false;
            }
        }
        return true;
    }
}
