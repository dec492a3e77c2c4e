package dev.spinup.app.player;

import dev.spinup.engine.SimTime;
import dev.spinup.model.startup.PhaseInterval;
import java.util.Locale;

/** One stretch of a phase in plain words, for the hover card and the narration: what was being done, or awaited. */
final class IntervalWords {

    private IntervalWords() {
    }

    static String describe(PhaseInterval interval) {
        String length = SimTime.format(interval.durationNanos());
        if (interval instanceof PhaseInterval.Working w) {
            long others = Math.round(w.others());
            return "working on the " + w.resource().name().toLowerCase(Locale.ROOT) + " for " + length
                    + (others > 0 ? ", sharing it with about " + others + (others == 1 ? " other" : " others") : "");
        }
        if (interval instanceof PhaseInterval.Queued q) {
            return "queued " + length + " for " + q.point().label() + ", behind " + q.ahead();
        }
        if (interval instanceof PhaseInterval.Holding h) {
            return "holding " + h.point().label() + " for " + length + " (others queue behind it)";
        }
        if (interval instanceof PhaseInterval.Swapping) {
            return "slowed " + length + " because the host is swapping";
        }
        if (interval instanceof PhaseInterval.Pulling p) {
            return "pulling " + p.layers() + (p.layers() == 1 ? " layer" : " layers") + " of " + p.image() + " for "
                    + length;
        }
        if (interval instanceof PhaseInterval.AwaitingLayer a) {
            return "waiting " + length + " for a layer another pull (" + a.fetchedFor() + ") is fetching";
        }
        if (interval instanceof PhaseInterval.AwaitingNodeVm n) {
            return "waiting " + length + " for its node VM " + n.nodeVm() + " to boot";
        }
        return "a fixed delay of " + length;
    }

    /** The interval of {@code intervals} running at {@code t}, or null. */
    static PhaseInterval at(java.util.List<PhaseInterval> intervals, long t) {
        for (PhaseInterval i : intervals) {
            if (t >= i.startNanos() && t < i.endNanos()) {
                return i;
            }
        }
        return null;
    }
}
