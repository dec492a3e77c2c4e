package dev.spinup.model.runtime;

import dev.spinup.engine.random.RandomStream;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PhaseSpec;
import java.util.List;

/**
 * Runs one instance's phases one after another on its host (its start-up, or its shutdown), records each, and
 * tells the host when they are all done or one has failed. Each phase starts as the one before it ends.
 */
final class PhaseSequence {

    /** What the phases are for, and so what the host does when they end. */
    enum Purpose { START, SHUTDOWN }

    private final Host host;
    private final Instance instance;
    private final List<PhaseSpec> phases;
    /** The instance's streams a start draws from, or null when one stream was given (a shutdown). */
    private final Host.InstanceStreams streams;
    // Made on first use: a storm of a million fixed-length starts never draws, and each stream is 40 bytes.
    private RandomStream stackStream;
    private RandomStream appStream;
    private final boolean keepDetail;
    private final Purpose purpose;
    private int next;

    /** A start: stack phases draw from the instance's stack stream, the app's phase from its app stream. */
    PhaseSequence(Host host, Instance instance, List<PhaseSpec> phases, Host.InstanceStreams streams,
                  boolean keepDetail, Purpose purpose) {
        this.host = host;
        this.instance = instance;
        this.phases = phases;
        this.streams = streams;
        this.keepDetail = keepDetail;
        this.purpose = purpose;
    }

    /** Every phase, and every varying length, draws from {@code stream}. */
    PhaseSequence(Host host, Instance instance, List<PhaseSpec> phases, RandomStream stream, boolean keepDetail,
                  Purpose purpose) {
        this(host, instance, phases, (Host.InstanceStreams) null, keepDetail, purpose);
        this.stackStream = stream;
        this.appStream = stream;
    }

    /** Starts the next phase, or reports the end if none is left. */
    void runNext() {
        if (next == phases.size()) {
            host.phasesEnded(instance, purpose);
            return;
        }
        PhaseSpec phase = phases.get(next++);
        if (phase.length().isPresent() || phase.storesVary()) {
            phase = phase.drawn(streams == null ? name -> stackStream : name -> streams.quantity(name, instance));
        }
        PhaseRun run = new PhaseRun(host, instance, phase, this);
        instance.phaseRunning(run);
        host.phaseStarted(instance, phase.kind());
        run.start();
    }

    /**
     * Whether the phases' intervals are built: only when records are kept and someone observes phase ends (a run's
     * trace); records kept or observed only for a summary have no use for them.
     */
    boolean recordsIntervals() {
        return keepDetail && host.wants(ModelEvent.Kind.PHASE_ENDED);
    }

    /** Whether a phase's record is kept or observed, and so must be built. */
    boolean recordWanted() {
        return keepDetail || host.wants(ModelEvent.Kind.PHASE_ENDED);
    }

    /** What a phase of {@code kind} draws from: the app's phase the same on every stack, the stack's own its own. */
    RandomStream streamFor(PhaseKind kind) {
        if (kind == PhaseKind.APP) {
            if (appStream == null) {
                appStream = streams.app(instance);
            }
            return appStream;
        }
        if (stackStream == null) {
            stackStream = streams.stack(instance);
        }
        return stackStream;
    }

    /** The phase now running has ended; its record is null when {@link #recordWanted} is false. */
    void phaseEnded(PhaseRecord record) {
        instance.phaseDone(record, keepDetail);
        host.phaseEnded(instance, record);
        if (instance.state().isLive()) {
            runNext();
        }
    }

    /** The phase now running failed (a pull found no space left, say). */
    void phaseFailed(Throwable cause) {
        host.phasesFailed(instance, purpose, cause);
    }
}
