package dev.spinup.run;

import dev.spinup.model.host.MemoryComponent;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** An instance's memory by component as its result keeps it: immutable, in enum order, shareable between results. */
final class MemoryByComponent extends AbstractMap<MemoryComponent, Long> {

    // enum order, not Map.copyOf's per-JVM order: sums over these maps must give the same bits on every JVM
    private final SortedMap<MemoryComponent, Long> parts;

    private MemoryByComponent(Map<MemoryComponent, Long> parts) {
        this.parts = Collections.unmodifiableSortedMap(new TreeMap<>(parts));
    }

    /** {@code memory} itself when it is already one of these (it cannot change), else an immutable copy. */
    static Map<MemoryComponent, Long> copyOf(Map<MemoryComponent, Long> memory) {
        return memory instanceof MemoryByComponent kept ? kept : new MemoryByComponent(memory);
    }

    @Override
    public Set<Entry<MemoryComponent, Long>> entrySet() {
        return parts.entrySet();
    }

    @Override
    public Long get(Object key) {
        return parts.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return parts.containsKey(key);
    }

    /**
     * Hands out one copy per distinct map within a run: a million identical containers keep one map, not a million
     * (about 210 bytes each). Past {@link #MOST_KEPT} distinct maps (sizes drawn per instance) it stops remembering.
     */
    static final class Shared {
        private static final int MOST_KEPT = 10_000;
        private final Map<Map<MemoryComponent, Long>, MemoryByComponent> seen = new HashMap<>();

        Map<MemoryComponent, Long> of(Map<MemoryComponent, Long> memory) {
            MemoryByComponent kept = seen.get(memory);
            if (kept != null) {
                return kept;
            }
            MemoryByComponent made = new MemoryByComponent(memory);
            if (seen.size() < MOST_KEPT) {
                seen.put(made, made);
            }
            return made;
        }
    }
}
