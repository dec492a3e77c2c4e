package dev.spinup.model.startup;

import dev.spinup.model.DataRate;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.DiskSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One phase of a start-up plan: what it is, what it demands in order, and the published figure its defaults
 * come from. {@code note} says how the figure was turned into demands when that split is itself an estimate.
 */
public record PhaseSpec(PhaseKind kind, List<Demand> demands, Source source, String note) {

    public PhaseSpec {
        Objects.requireNonNull(kind, "kind");
        demands = List.copyOf(demands);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }

    public static PhaseSpec of(PhaseKind kind, Source source, Demand... demands) {
        return new PhaseSpec(kind, List.of(demands), source, "");
    }

    public PhaseSpec withNote(String text) {
        return new PhaseSpec(kind, demands, source, text);
    }

    /**
     * How long the phase takes alone on an idle host with this disk and network: the sum of its demands' times,
     * with random waits at their mean. Image pulls and growth with load are not included.
     */
    public long nominalNanos(DiskSpec disk, DataRate network) {
        double total = 0;
        for (Demand d : demands) {
            total += d.nominalNanos(disk, network);
        }
        return Math.round(total);
    }

    /**
     * The same phase stretched or shrunk so that it takes {@code target} alone on that disk and network, every
     * demand in proportion; the new duration is cited to {@code newSource} (usually the lesson's own setting).
     */
    public PhaseSpec retimed(Duration target, DiskSpec disk, DataRate network, Source newSource) {
        long nominal = nominalNanos(disk, network);
        String why = "Retimed to " + target.toMillis() + " ms alone; the split of the catalogue default is kept.";
        if (nominal == 0) {
            List<Demand> withWait = new ArrayList<>(demands);
            withWait.add(Demand.Latency.ofMillis(target.toNanos() / 1e6));
            return new PhaseSpec(kind, withWait, newSource, why);
        }
        double f = target.toNanos() / (double) nominal;
        List<Demand> scaled = new ArrayList<>();
        for (Demand d : demands) {
            scaled.add(d.retimed(f));
        }
        return new PhaseSpec(kind, scaled, newSource, why);
    }

    /** {@code phases} with the phase of {@code kind} replaced by {@code replace} applied to it. */
    public static List<PhaseSpec> replaceIn(List<PhaseSpec> phases, PhaseKind kind, UnaryOperator<PhaseSpec> replace) {
        List<PhaseSpec> out = new ArrayList<>();
        boolean found = false;
        for (PhaseSpec phase : phases) {
            if (phase.kind() == kind) {
                out.add(replace.apply(phase));
                found = true;
            } else {
                out.add(phase);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("there is no " + kind.label() + " phase to change");
        }
        return out;
    }
}
