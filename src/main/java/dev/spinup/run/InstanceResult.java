package dev.spinup.run;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.startup.PhaseRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One instance of one arm, as the run ended: its timeline of phases (with why each took its time), its final
 * state, the memory it held by component, and its resident and reserved memory over time (detailed runs).
 *
 * @param askedAt when the workload asked for it; before {@code requestedAt} when it waited outside the hosts for a
 *     start slot ({@code inFlight})
 * @param requestedAt when its start began (it was handed to placement): start-up is counted from here
 * @param readyAt when it became ready, or -1 if it never did
 * @param endedAt when it stopped, failed or was refused, or -1 if still live at the end
 */
public record InstanceResult(InstanceId id, int index, String host, InstanceState state, long askedAt,
                             long requestedAt, long admittedAt, long readyAt, long endedAt, List<PhaseRecord> phases,
                             Map<MemoryComponent, Long> memory, Optional<String> refusal, Optional<String> failure,
                             StepSeries residentOverTime, StepSeries reservedOverTime) {

    public InstanceResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(state, "state");
        if (askedAt > requestedAt) {
            throw new IllegalArgumentException(id + " was requested before it was asked for");
        }
        phases = List.copyOf(phases);
        memory = MemoryByComponent.copyOf(memory);
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(residentOverTime, "residentOverTime");
        Objects.requireNonNull(reservedOverTime, "reservedOverTime");
    }

    /** Without memory over time (a replication that keeps only its summary). */
    public InstanceResult(InstanceId id, int index, String host, InstanceState state, long requestedAt, long admittedAt,
                          long readyAt, long endedAt, List<PhaseRecord> phases, Map<MemoryComponent, Long> memory,
                          Optional<String> refusal, Optional<String> failure) {
        this(id, index, host, state, requestedAt, requestedAt, admittedAt, readyAt, endedAt, phases, memory, refusal, failure,
                StepSeries.empty(), StepSeries.empty());
    }

    public boolean becameReady() {
        return readyAt >= 0;
    }

    /** How long it waited outside the hosts for its turn to start (0 without an {@code inFlight} limit). */
    public long waitingNanos() {
        return requestedAt - askedAt;
    }

    /** Request-to-ready time, or -1; a wait for a start slot before the request is not part of it. */
    public long startupNanos() {
        return readyAt < 0 ? -1 : readyAt - requestedAt;
    }

    /** Resident bytes net of merged pages. */
    public long residentBytes() {
        long sum = 0;
        for (Map.Entry<MemoryComponent, Long> e : memory.entrySet()) {
            sum += e.getKey() == MemoryComponent.PAGE_SHARING_SAVINGS ? -e.getValue() : e.getValue();
        }
        return sum;
    }
}
