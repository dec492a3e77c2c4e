package dev.spinup.model.runtime;

import dev.spinup.model.DataSize;
import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.startup.PhaseSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a host needs to start one instance of a stack: the phases in order (with the memory they touch), what
 * admission must find free when it counts reservations, and what the instance will keep resident when it counts use.
 * An instance whose app draws its own memory usage keeps the stack's phases (the same list, so per-plan caches still
 * find it) and carries the difference from the planned app memory in {@code appDelta}, in bytes; one whose shim,
 * sandbox, VMM overhead or guest OS draws its own size carries those differences in {@code sizeDeltas}.
 */
public record StartupPlan(List<PhaseSpec> phases, DataSize reservation, DataSize inUse, int vcpus,
                          List<PhaseSpec> shutdown, long appDelta,
                          Map<MemoryComponent, Long> sizeDeltas) {

    public StartupPlan {
        phases = List.copyOf(phases);
        Objects.requireNonNull(reservation, "reservation");
        Objects.requireNonNull(inUse, "inUse");
        if (vcpus < 0) {
            throw new IllegalArgumentException("vcpus cannot be negative");
        }
        shutdown = List.copyOf(shutdown);
        sizeDeltas = Map.copyOf(sizeDeltas);
    }

    /** A plan whose app keeps what its profile says. */
    public StartupPlan(List<PhaseSpec> phases, DataSize reservation, DataSize inUse, int vcpus,
                       List<PhaseSpec> shutdown) {
        this(phases, reservation, inUse, vcpus, shutdown, 0, Map.of());
    }

    /** A plan that reserves what it uses: a cloud VM (its RAM is sold whole) or a node VM. */
    public StartupPlan(List<PhaseSpec> phases, DataSize reservation, int vcpus, List<PhaseSpec> shutdown) {
        this(phases, reservation, reservation, vcpus, shutdown, 0, Map.of());
    }

    /** What a host admitting on {@code basis} counts for this instance. */
    public DataSize admitted(AdmissionBasis basis) {
        return basis == AdmissionBasis.USE ? inUse : reservation;
    }

    /** This plan for one instance whose app keeps {@code appDelta} bytes more (or fewer) than planned. */
    StartupPlan withApp(long delta, DataSize newReservation, DataSize newInUse) {
        return new StartupPlan(phases, newReservation, newInUse, vcpus, shutdown, delta, sizeDeltas);
    }

    /** This plan for one instance whose own parts (shim, VMM overhead...) differ from plan by {@code deltas} bytes. */
    StartupPlan withSizes(Map<MemoryComponent, Long> deltas, DataSize newReservation, DataSize newInUse) {
        return new StartupPlan(phases, newReservation, newInUse, vcpus, shutdown, appDelta, deltas);
    }

    /** How many bytes more (or fewer) than planned this instance keeps of {@code component}. */
    public long delta(MemoryComponent component) {
        return component == MemoryComponent.APP ? appDelta : sizeDeltas.getOrDefault(component, 0L);
    }
}
