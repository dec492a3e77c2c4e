package dev.spinup.model.runtime;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;

/**
 * A state change of the simulated world, in the order it happened: the trace a run records and the app replays.
 * Instances and hosts are named by id so an event is plain data.
 */
public sealed interface ModelEvent {

    long timeNanos();

    /** An instance was admitted to a host and starts its phases. */
    record InstanceAdmitted(long timeNanos, String instance, String host) implements ModelEvent {
    }

    /** A host would not take an instance. */
    record InstanceRefused(long timeNanos, String instance, String host, Refusal refusal) implements ModelEvent {
    }

    record PhaseStarted(long timeNanos, String instance, PhaseKind phase) implements ModelEvent {
    }

    record PhaseEnded(long timeNanos, String instance, PhaseRecord record) implements ModelEvent {
    }

    /** Every start-up phase has ended: the app is serving. */
    record InstanceReady(long timeNanos, String instance) implements ModelEvent {
    }

    record InstanceStopped(long timeNanos, String instance) implements ModelEvent {
    }

    record InstanceFailed(long timeNanos, String instance, String reason) implements ModelEvent {
    }

    /** A host's total for one memory component changed. */
    record MemoryChanged(long timeNanos, String host, MemoryComponent component, long bytes) implements ModelEvent {
    }

    /** The number of jobs sharing a host resource changed; {@code utilisation} is the busy fraction, 0..1. */
    record LoadChanged(long timeNanos, String host, ResourceKind resource, int activeJobs, double utilisation)
            implements ModelEvent {
    }

    /**
     * The queue at one of a host's serialization points changed: {@code waiting} requests queued behind the
     * {@code holding} ones. A queued interval of a phase is one of the {@code waiting} while it lasts.
     */
    record QueueChanged(long timeNanos, String host, ControlPoint point, int waiting, int holding)
            implements ModelEvent {
    }

    /** The registry's shared egress link now carries {@code downloads} layer downloads, busy {@code utilisation}. */
    record RegistryLoadChanged(long timeNanos, String registry, int downloads, double utilisation)
            implements ModelEvent {
    }

    record HostFailed(long timeNanos, String host) implements ModelEvent {
    }
}
