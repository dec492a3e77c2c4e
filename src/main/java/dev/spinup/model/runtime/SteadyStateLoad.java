package dev.spinup.model.runtime;

import dev.spinup.model.stack.ResourceClass;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The steady-state microbenchmarks run inside each instance once it is ready, one after another in the order of
 * {@link ResourceClass}: for each resource class, how long its work takes on the bare host alone. Inside an
 * instance each takes its stack's overhead ({@link dev.spinup.model.stack.RuntimeOverhead}) and shares the host.
 */
public record SteadyStateLoad(Map<ResourceClass, Duration> nativeTimes) {

    public SteadyStateLoad {
        Objects.requireNonNull(nativeTimes, "nativeTimes");
        if (nativeTimes.isEmpty()) {
            throw new IllegalArgumentException("a steady-state load runs at least one resource class");
        }
        EnumMap<ResourceClass, Duration> copy = new EnumMap<>(ResourceClass.class);
        nativeTimes.forEach((kind, time) -> {
            if (time.isNegative() || time.isZero()) {
                throw new IllegalArgumentException(kind.label() + ": a benchmark takes some time natively, not "
                        + time);
            }
            copy.put(kind, time);
        });
        nativeTimes = Collections.unmodifiableMap(copy);
    }

    /** Every resource class, each for {@code time} on bare metal. */
    public static SteadyStateLoad everyClass(Duration time) {
        EnumMap<ResourceClass, Duration> all = new EnumMap<>(ResourceClass.class);
        for (ResourceClass kind : ResourceClass.values()) {
            all.put(kind, time);
        }
        return new SteadyStateLoad(all);
    }
}
