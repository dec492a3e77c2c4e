package dev.spinup.lesson;

import dev.spinup.engine.SimTime;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.InstanceResult;
import java.util.ArrayList;
import java.util.List;

/**
 * One instance's start, phase by phase: when each ran, how long it took, why (queued, shared, grown), what the
 * phase is, and where its default figures come from, with the source's firmness tag.
 */
public final class InstanceExplanation {

    private InstanceExplanation() {
    }

    /** Lines for a terminal or a tooltip panel: a summary sentence, then three lines per phase. */
    public static List<String> lines(InstanceResult instance) {
        List<String> lines = new ArrayList<>();
        lines.add(Narration.sentence(instance));
        for (PhaseRecord phase : instance.phases()) {
            lines.add("");
            lines.add(at(phase.startNanos()) + " → " + SimTime.format(phase.endNanos()) + "  "
                    + phase.explain()
                    + (phase.durationNanos() > phase.aloneNanos() && phase.aloneNanos() > 0
                    ? " (alone: " + SimTime.format(phase.aloneNanos()) + ")" : ""));
            lines.add("    what: " + phase.kind().explanation());
            lines.add("    source: " + phase.source().evidence().tag() + " " + phase.source().quantity() + ": "
                    + phase.source().value() + " — " + phase.source().citation());
        }
        return lines;
    }

    private static String at(long nanos) {
        return nanos == 0 ? "0 s" : SimTime.format(nanos);
    }
}
