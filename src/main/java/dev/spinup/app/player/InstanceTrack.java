package dev.spinup.app.player;

import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.startup.Contention;
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

    public String id() {
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
     * Where each phase queued at a one-at-a-time point. A phase's demands wait for their point before they hold
     * it, so the queueing is the phase's first {@code extra} nanoseconds for each queue it met, in order.
     */
    private static List<QueuedSpan> queuedSpans(List<PhaseRecord> phases) {
        List<QueuedSpan> spans = new ArrayList<>();
        for (PhaseRecord phase : phases) {
            long at = phase.startNanos();
            for (Contention c : phase.contentions()) {
                if (c.kind() == Contention.Kind.QUEUED && c.extraNanos() > 0) {
                    long end = Math.min(phase.endNanos(), at + c.extraNanos());
                    spans.add(new QueuedSpan(at, end, c.resource(), (int) Math.round(c.others())));
                    at = end;
                }
            }
        }
        return List.copyOf(spans);
    }
}
