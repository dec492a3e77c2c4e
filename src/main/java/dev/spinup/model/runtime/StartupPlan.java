package dev.spinup.model.runtime;

import dev.spinup.model.DataSize;
import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.model.startup.PhaseSpec;
import java.util.List;
import java.util.Objects;

/**
 * Everything a host needs to start one instance of a stack: the phases in order (with the memory they touch), what
 * admission must find free when it counts reservations, and what the instance will keep resident when it counts use.
 * An instance whose app draws its own memory usage keeps the stack's phases (the same list, so per-plan caches still
 * find it) and carries the difference from the planned app memory in {@code appDelta}, in bytes.
 */
public record StartupPlan(List<PhaseSpec> phases, DataSize reservation, DataSize inUse, int vcpus,
                          List<PhaseSpec> shutdown, long appDelta) {

    public StartupPlan {
        phases = List.copyOf(phases);
        Objects.requireNonNull(reservation, "reservation");
        Objects.requireNonNull(inUse, "inUse");
        if (vcpus < 0) {
            throw new IllegalArgumentException("vcpus cannot be negative");
        }
        shutdown = List.copyOf(shutdown);
    }

    /** A plan whose app keeps what its profile says. */
    public StartupPlan(List<PhaseSpec> phases, DataSize reservation, DataSize inUse, int vcpus,
                       List<PhaseSpec> shutdown) {
        this(phases, reservation, inUse, vcpus, shutdown, 0);
    }

    /** A plan that reserves what it uses: a cloud VM (its RAM is sold whole) or a node VM. */
    public StartupPlan(List<PhaseSpec> phases, DataSize reservation, int vcpus, List<PhaseSpec> shutdown) {
        this(phases, reservation, reservation, vcpus, shutdown, 0);
    }

    /** What a host admitting on {@code basis} counts for this instance. */
    public DataSize admitted(AdmissionBasis basis) {
        return basis == AdmissionBasis.USE ? inUse : reservation;
    }

    /** This plan for one instance whose app keeps {@code appDelta} bytes more (or fewer) than planned. */
    StartupPlan withApp(long delta, DataSize newReservation, DataSize newInUse) {
        return new StartupPlan(phases, newReservation, newInUse, vcpus, shutdown, delta);
    }
}
