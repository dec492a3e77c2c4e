package dev.spinup.app.player;

import dev.spinup.engine.SimTime;
import dev.spinup.lesson.Narration;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.model.startup.Contention;
import dev.spinup.model.startup.PhaseRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Turns a recorded run into the narration log that follows playback: one plain sentence per thing that
 * happened, built from the model's own records (phase labels, what slowed a phase, refusals), never from text
 * typed for one lesson. Lines are in time order, stacks interleaved.
 */
public final class Narrator {

    /** A phase slowed by less than this share of its length is narrated without its "why". */
    static final double NOTABLE_SHARE = 0.05;

    private final List<NarrationLine> lines;
    private final long[] times;

    public Narrator(Playback playback) {
        List<NarrationLine> all = new ArrayList<>();
        for (ArmTrack arm : playback.arms()) {
            // A cluster's story is its pods and nodes; its containers' every phase would drown it.
            if (arm.cluster().isPresent()) {
                all.addAll(ClusterNarrator.lines(arm.cluster().get()));
            } else {
                narrate(arm, all);
            }
        }
        // Stable: lines of one instant keep their stack order.
        all.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        this.lines = Collections.unmodifiableList(all);
        this.times = new long[all.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = all.get(i).timeNanos();
        }
    }

    public List<NarrationLine> lines() {
        return lines;
    }

    /** How many lines have happened by {@code t} (those at {@code t} included). */
    public int countUpTo(long t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void narrate(ArmTrack arm, List<NarrationLine> out) {
        String stack = arm.stackId();
        for (ModelEvent event : arm.arm().trace()) {
            InstanceTrack track = event instanceof ModelEvent.PhaseStarted p ? arm.instance(p.instance())
                    : event instanceof ModelEvent.InstanceReady r ? arm.instance(r.instance())
                    : event instanceof ModelEvent.InstanceRefused f ? arm.instance(f.instance())
                    : event instanceof ModelEvent.InstanceFailed x ? arm.instance(x.instance())
                    : event instanceof ModelEvent.InstanceStopped s ? arm.instance(s.instance()) : null;
            String name = track == null ? "" : track.displayName();
            String id = track == null ? "" : track.id().toString();
            if (event instanceof ModelEvent.PhaseStarted p && track != null) {
                PhaseRecord record = recordOf(track, p);
                if (record != null) {
                    out.add(phaseLine(stack, track, record));
                }
            } else if (event instanceof ModelEvent.InstanceReady r && track != null) {
                out.add(new NarrationLine(r.timeNanos(), stack, id, NarrationLine.Kind.READY,
                        name + " is " + Narration.readyAfter(track.result()), Optional.empty()));
            } else if (event instanceof ModelEvent.InstanceRefused f) {
                out.add(new NarrationLine(f.timeNanos(), stack, id, NarrationLine.Kind.REFUSED,
                        (name.isEmpty() ? f.instance() : name) + " refused by " + f.host() + ": "
                                + f.refusal().message(), Optional.empty()));
            } else if (event instanceof ModelEvent.InstanceFailed x) {
                out.add(new NarrationLine(x.timeNanos(), stack, id, NarrationLine.Kind.FAILED,
                        (name.isEmpty() ? x.instance() : name) + " failed: " + x.reason(), Optional.empty()));
            } else if (event instanceof ModelEvent.InstanceStopped s && track != null) {
                out.add(new NarrationLine(s.timeNanos(), stack, id, NarrationLine.Kind.STOPPED,
                        name + " stopped", Optional.empty()));
            } else if (event instanceof ModelEvent.HostFailed h) {
                out.add(new NarrationLine(h.timeNanos(), stack, "", NarrationLine.Kind.HOST,
                        h.host() + " failed: everything on it is lost", Optional.empty()));
            }
        }
    }

    private static PhaseRecord recordOf(InstanceTrack track, ModelEvent.PhaseStarted started) {
        for (PhaseRecord record : track.result().phases()) {
            if (record.kind() == started.phase() && record.startNanos() == started.timeNanos()) {
                return record;
            }
        }
        return null;
    }

    /** "VM 7: guest kernel, 2.9 s — lost 1.1 s sharing the disk with about 6 others". */
    static NarrationLine phaseLine(String stack, InstanceTrack track, PhaseRecord record) {
        StringBuilder text = new StringBuilder(track.displayName()).append(": ").append(record.kind().label())
                .append(", ").append(SimTime.format(record.durationNanos()));
        Optional<Contention> worst = record.worstContention();
        boolean notable = worst.isPresent()
                && worst.get().extraNanos() > NOTABLE_SHARE * Math.max(1, record.durationNanos());
        record.pull().ifPresent(pull -> text.append(" — ").append(pull.explain()));
        if (notable) {
            text.append(" — ").append(worst.get().explain());
        }
        NarrationLine.Kind kind = notable && worst.get().kind() == Contention.Kind.QUEUED ? NarrationLine.Kind.WAIT
                : NarrationLine.Kind.PHASE;
        return new NarrationLine(record.startNanos(), stack, track.id().toString(), kind, text.toString(),
                Optional.of(record.source()));
    }
}
