package dev.spinup.model.runtime;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;

/**
 * A state change of the simulated world, in the order it happened: the trace a run records and the app replays.
 * Instances are named by their {@link InstanceId} and hosts by name, so an event is plain data.
 */
public sealed interface ModelEvent {

    long timeNanos();

    /** Which kind of event this is, so observers can ask for only some kinds (see {@link ModelObserver#wants}). */
    Kind kind();

    /** The kinds of event, one per record. */
    enum Kind {
        INSTANCE_ADMITTED, INSTANCE_REFUSED, PHASE_STARTED, PHASE_ENDED, INSTANCE_READY, INSTANCE_STOPPED,
        INSTANCE_FAILED, MEMORY_CHANGED, LOAD_CHANGED, QUEUE_CHANGED, REGISTRY_LOAD_CHANGED,
        INSTANCE_MEMORY_CHANGED, HOST_ADDED, HOST_READY,
        HOST_FAILED, HOST_REMOVED;

        final int bit() {
            return 1 << ordinal();
        }
    }

    /** An event in one instance's lifecycle. */
    sealed interface OfInstance extends ModelEvent {
        InstanceId instance();
    }

    /** An event of one host (its own, or an instance's on it). */
    sealed interface OfHost extends ModelEvent {
        String host();
    }

    /** An instance was admitted to a host and starts its phases. */
    record InstanceAdmitted(long timeNanos, InstanceId instance, String host) implements OfInstance, OfHost {
        @Override
        public Kind kind() {
            return Kind.INSTANCE_ADMITTED;
        }
    }

    /** A host would not take an instance. */
    record InstanceRefused(long timeNanos, InstanceId instance, String host, Refusal refusal)
            implements OfInstance, OfHost {
        @Override
        public Kind kind() {
            return Kind.INSTANCE_REFUSED;
        }
    }

    record PhaseStarted(long timeNanos, InstanceId instance, PhaseKind phase) implements OfInstance {
        @Override
        public Kind kind() {
            return Kind.PHASE_STARTED;
        }
    }

    record PhaseEnded(long timeNanos, InstanceId instance, PhaseRecord record) implements OfInstance {
        @Override
        public Kind kind() {
            return Kind.PHASE_ENDED;
        }
    }

    /** Every start-up phase has ended: the app is serving. */
    record InstanceReady(long timeNanos, InstanceId instance) implements OfInstance {
        @Override
        public Kind kind() {
            return Kind.INSTANCE_READY;
        }
    }

    record InstanceStopped(long timeNanos, InstanceId instance) implements OfInstance {
        @Override
        public Kind kind() {
            return Kind.INSTANCE_STOPPED;
        }
    }

    /** An instance failed; {@code cause} points at what made it fail (a host's failure event, say). */
    record InstanceFailed(long timeNanos, InstanceId instance, String reason, FailureCause cause)
            implements OfInstance {
        @Override
        public Kind kind() {
            return Kind.INSTANCE_FAILED;
        }
    }

    /** A host's total for one memory component changed. */
    record MemoryChanged(long timeNanos, String host, MemoryComponent component, long bytes) implements OfHost {
        @Override
        public Kind kind() {
            return Kind.MEMORY_CHANGED;
        }
    }

    /** The number of jobs sharing a host resource changed; {@code utilisation} is the busy fraction, 0..1. */
    record LoadChanged(long timeNanos, String host, ResourceKind resource, int activeJobs, double utilisation)
            implements OfHost {
        @Override
        public Kind kind() {
            return Kind.LOAD_CHANGED;
        }
    }

    /**
     * The queue at one of a host's serialization points changed: {@code waiting} requests queued behind the
     * {@code holding} ones. A queued interval of a phase is one of the {@code waiting} while it lasts.
     */
    record QueueChanged(long timeNanos, String host, ControlPoint point, int waiting, int holding)
            implements OfHost {
        @Override
        public Kind kind() {
            return Kind.QUEUE_CHANGED;
        }
    }

    /**
     * One instance's own memory changed: {@code resident} bytes it holds now (net of merged pages) and
     * {@code reserved} bytes its host set aside for it at admission (0 once it has ended).
     */
    record InstanceMemoryChanged(long timeNanos, InstanceId instance, long resident, long reserved)
            implements OfInstance {
        @Override
        public Kind kind() {
            return Kind.INSTANCE_MEMORY_CHANGED;
        }
    }

    /** The registry's shared egress link now carries {@code downloads} layer downloads, busy {@code utilisation}. */
    record RegistryLoadChanged(long timeNanos, String registry, int downloads, double utilisation)
            implements ModelEvent {
        @Override
        public Kind kind() {
            return Kind.REGISTRY_LOAD_CHANGED;
        }
    }

    /** A physical host joined while the run goes on (the hosts a run starts with are not announced). */
    record HostAdded(long timeNanos, String host) implements OfHost {
        @Override
        public Kind kind() {
            return Kind.HOST_ADDED;
        }
    }

    /** A node VM has booted and its guest now takes containers as a host nested in {@code parent}. */
    record HostReady(long timeNanos, String host, String parent, InstanceId nodeVm) implements OfHost {
        @Override
        public Kind kind() {
            return Kind.HOST_READY;
        }
    }

    record HostFailed(long timeNanos, String host) implements OfHost {
        @Override
        public Kind kind() {
            return Kind.HOST_FAILED;
        }
    }

    /** A host was taken out of the run: what ran on it was stopped, and it takes nothing more. */
    record HostRemoved(long timeNanos, String host) implements OfHost {
        @Override
        public Kind kind() {
            return Kind.HOST_REMOVED;
        }
    }
}
