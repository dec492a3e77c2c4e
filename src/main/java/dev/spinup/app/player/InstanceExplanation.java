package dev.spinup.app.player;

import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.startup.PhaseRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the hover card says about one instance at one moment: what it is doing, why it takes the time it does
 * (from the phase's own record of what slowed it), and the source of the number, with its firmness tag.
 */
public record InstanceExplanation(String heading, List<String> lines, Optional<Source> source) {

    public InstanceExplanation {
        lines = List.copyOf(lines);
    }

    public static InstanceExplanation of(InstanceTrack track, long t) {
        InstanceMoment moment = track.at(t);
        var r = track.result();
        List<String> lines = new ArrayList<>();
        String state = switch (moment.kind()) {
            case QUEUED -> "queued for " + moment.waitingFor().orElse("its turn")
                    + (moment.ahead() > 0 ? ", behind " + moment.ahead() : "");
            case STARTING -> moment.phase().map(p -> p.label()).orElse("starting");
            case RUNNING -> "running, ready after " + SimTime.format(r.startupNanos());
            case REFUSED -> "refused: " + r.refusal().orElse("the host would not take it");
            case FAILED -> "failed: " + r.failure().orElse("it failed");
            case STOPPED -> "stopped";
            case NOT_YET -> "not asked for yet";
        };
        lines.add(state);
        lines.add("on " + r.host());
        PhaseRecord phase = track.phaseAt(t);
        Optional<Source> source = Optional.empty();
        if (phase != null) {
            lines.add(phase.kind().explanation());
            var now = IntervalWords.at(phase.intervals(), t);
            if (now != null) {
                lines.add("Now: " + IntervalWords.describe(now));
                source = Optional.of(now.source());
            } else {
                source = Optional.of(phase.source());
            }
            lines.add("This phase: " + phase.explain());
        } else if (moment.kind() == TileKind.RUNNING && !r.phases().isEmpty()) {
            PhaseRecord slowest = r.phases().get(0);
            for (PhaseRecord p : r.phases()) {
                if (p.durationNanos() > slowest.durationNanos()) {
                    slowest = p;
                }
            }
            lines.add("Longest phase: " + slowest.explain());
            source = Optional.of(slowest.source());
        }
        source.ifPresent(s -> lines.add("Source " + s.evidence().tag() + ": " + s.citation()));
        return new InstanceExplanation(track.displayName(), lines, source);
    }
}
