package dev.spinup.app.player;

import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.InstanceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One instance's recorded life, ready to be asked "what were you doing at time t?": the player's view of an
 * {@link InstanceResult}. Answers are exact positions in the recorded run, never interpolations.
 */
public final class InstanceTrack {

    private final InstanceResult result;
    private final String displayName;
    private final List<QueuedSpan> queued;

    public InstanceTrack(InstanceResult result, String displayName) {
        this.result = Objects.requireNonNull(result, "result");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.queued = queuedSpans(result.phases());
    }

    public InstanceResult result() {
        return result;
    }

    public InstanceId id() {
        return result.id();
    }

    /** How the stage and narration name it: "VM 7", "container 12". */
    public String displayName() {
        return displayName;
    }

    public List<QueuedSpan> queued() {
        return queued;
    }

    /** The instance at {@code t}: the state the recorded run implies at that instant. */
    public InstanceMoment at(long t) {
        InstanceResult r = result;
        if (t < r.requestedAt()) {
            return InstanceMoment.NOT_YET;
        }
        if (r.state() == InstanceState.REFUSED) {
            return InstanceMoment.of(TileKind.REFUSED);
        }
        if (r.endedAt() >= 0 && t >= r.endedAt()) {
            return InstanceMoment.of(r.state() == InstanceState.FAILED ? TileKind.FAILED : TileKind.STOPPED);
        }
        if (r.readyAt() >= 0 && t >= r.readyAt()) {
            return InstanceMoment.of(TileKind.RUNNING);
        }
        if (r.admittedAt() >= 0 && t < r.admittedAt()) {
            return InstanceMoment.queued(null, "a place on a host", 0);
        }
        PhaseRecord phase = phaseAt(t);
        if (phase == null) {
            // Admitted but between recorded phases (or, for an instance still starting at the end, past them).
            return r.phases().isEmpty() ? InstanceMoment.queued(null, "its first phase", 0)
                    : InstanceMoment.starting(r.phases().get(r.phases().size() - 1).kind());
        }
        for (QueuedSpan span : queued) {
            if (span.contains(t)) {
                return InstanceMoment.queued(phase.kind(), span.waitingFor(), span.ahead());
            }
        }
        return InstanceMoment.starting(phase.kind());
    }

    /** The phase running at {@code t}, or null; phases are in time order and do not overlap. */
    public PhaseRecord phaseAt(long t) {
        List<PhaseRecord> phases = result.phases();
        int lo = 0;
        int hi = phases.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            PhaseRecord p = phases.get(mid);
            if (t < p.startNanos()) {
                hi = mid - 1;
            } else if (t >= p.endNanos()) {
                lo = mid + 1;
            } else {
                return p;
            }
        }
        return null;
    }

    /**
     * Where the instance waited on something else: queued at a serialization point, or waiting for a layer
     * another pull fetches, or for its node VM, exactly as the phase's intervals recorded them.
     */
    private static List<QueuedSpan> queuedSpans(List<PhaseRecord> phases) {
        List<QueuedSpan> spans = new ArrayList<>();
        for (PhaseRecord phase : phases) {
            for (PhaseInterval interval : phase.intervals()) {
                if (interval.durationNanos() <= 0) {
                    continue;
                }
                if (interval instanceof PhaseInterval.Queued q) {
                    spans.add(new QueuedSpan(q.startNanos(), q.endNanos(), q.point().label(), q.ahead()));
                } else if (interval instanceof PhaseInterval.AwaitingLayer a) {
                    spans.add(new QueuedSpan(a.startNanos(), a.endNanos(), "a layer another pull is fetching ("
                            + a.fetchedFor() + ")", 0));
                } else if (interval instanceof PhaseInterval.AwaitingNodeVm n) {
                    spans.add(new QueuedSpan(n.startNanos(), n.endNanos(), "its node VM, " + n.nodeVm(), 0));
                }
            }
        }
        return List.copyOf(spans);
    }
}
