package dev.spinup.model.runtime;

import dev.spinup.engine.random.RandomStream;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PhaseSpec;
import java.util.List;
import java.util.function.Function;

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
    private final RandomStream stackStream;
    private final RandomStream appStream;
    private final Function<String, RandomStream> lengthStreams;
    private final boolean keepDetail;
    private final Purpose purpose;
    private int next;

    /**
     * @param stackStream draws for the stack's own phases
     * @param appStream draws for the app's phase, the same for this instance on every stack
     */
    PhaseSequence(Host host, Instance instance, List<PhaseSpec> phases, RandomStream stackStream,
                  RandomStream appStream, boolean keepDetail, Purpose purpose) {
        this(host, instance, phases, stackStream, appStream, name -> stackStream, keepDetail, purpose);
    }

    /**
     * @param lengthStreams the instance's substream of each named stream a varying phase length or store service
     *     time draws from
     */
    PhaseSequence(Host host, Instance instance, List<PhaseSpec> phases, RandomStream stackStream,
                  RandomStream appStream, Function<String, RandomStream> lengthStreams, boolean keepDetail,
                  Purpose purpose) {
        this.lengthStreams = lengthStreams;
        this.host = host;
        this.instance = instance;
        this.phases = phases;
        this.stackStream = stackStream;
        this.appStream = appStream;
        this.keepDetail = keepDetail;
        this.purpose = purpose;
    }

    /** Starts the next phase, or reports the end if none is left. */
    void runNext() {
        if (next == phases.size()) {
            host.phasesEnded(instance, purpose);
            return;
        }
        PhaseSpec phase = phases.get(next++);
        if (phase.length().isPresent() || phase.storesVary()) {
            phase = phase.drawn(lengthStreams);
        }
        PhaseRun run = new PhaseRun(host, instance, phase, phase.kind() == PhaseKind.APP ? appStream : stackStream,
                this);
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
