package dev.spinup.model.runtime;

import dev.spinup.model.DataSize;
import dev.spinup.model.startup.PhaseSpec;
import java.util.List;
import java.util.Objects;

/**
 * Everything a host needs to start one instance of a stack: the phases in order (with the memory they touch) and
 * what admission must find free.
 */
public record StartupPlan(List<PhaseSpec> phases, DataSize reservation, int vcpus, List<PhaseSpec> shutdown) {

    public StartupPlan {
        phases = List.copyOf(phases);
        Objects.requireNonNull(reservation, "reservation");
        if (vcpus < 0) {
            throw new IllegalArgumentException("vcpus cannot be negative");
        }
        shutdown = List.copyOf(shutdown);
    }
}
