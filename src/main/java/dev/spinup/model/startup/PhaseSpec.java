package dev.spinup.model.startup;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.model.DataRate;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.DiskSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One phase of a start-up plan: what it is, what it demands in order, and the published figure its defaults
 * come from. {@code note} says how the figure was turned into demands when that split is itself an estimate.
 */
public record PhaseSpec(PhaseKind kind, List<Demand> demands, Source source, String note,
                        Optional<PhaseLength> length) {

    public PhaseSpec {
        Objects.requireNonNull(kind, "kind");
        demands = List.copyOf(demands);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(length, "length");
    }

    /** A phase whose length follows from its demands alone. */
    public PhaseSpec(PhaseKind kind, List<Demand> demands, Source source, String note) {
        this(kind, demands, source, note, Optional.empty());
    }

    public static PhaseSpec of(PhaseKind kind, Source source, Demand... demands) {
        return new PhaseSpec(kind, List.of(demands), source, "");
    }

    public PhaseSpec withNote(String text) {
        return new PhaseSpec(kind, demands, source, text, length);
    }

    /** The same phase, its length varying as before, doing {@code newDemands}. */
    public PhaseSpec withDemands(List<Demand> newDemands) {
        return new PhaseSpec(kind, newDemands, source, note, length);
    }

    /**
     * As {@link #retimed(Duration, DiskSpec, DataRate, Source)}, to a length that varies per instance: the demands
     * stretched to the distribution's mean (what {@link #nominalNanos} and {@code show} report), and each instance
     * stretching them again by its own draw over that mean ({@link #drawn}).
     *
     * @param nanos the phase's length alone, in nanoseconds
     */
    public PhaseSpec retimed(Distribution nanos, DiskSpec disk, DataRate network, Source newSource, String stream) {
        if (nanos instanceof Constant constant) {
            return retimed(Duration.ofNanos(Math.round(constant.value())), disk, network, newSource);
        }
        long mean = Math.max(1, Math.round(nanos.mean()));
        PhaseSpec atMean = retimed(Duration.ofNanos(mean), disk, network, newSource);
        if (atMean.nominalNanos(disk, network) <= 0) {
            return atMean; // a distribution of lengths under a nanosecond: nothing left to vary
        }
        return new PhaseSpec(kind, atMean.demands, newSource, "Each instance draws its length alone from the"
                + " lesson's distribution; the split of the catalogue default is kept.",
                Optional.of(new PhaseLength(nanos, stream, atMean.nominalNanos(disk, network))));
    }

    /** The phase one instance runs: its demands stretched by a length drawn from {@code stream}, if it varies. */
    public PhaseSpec drawn(RandomStream stream) {
        if (length.isEmpty()) {
            return this;
        }
        double f = Math.max(0, length.get().nanos().sample(stream)) / length.get().nominalNanos();
        List<Demand> scaled = new ArrayList<>(demands.size());
        for (Demand d : demands) {
            scaled.add(d.retimed(f));
        }
        return new PhaseSpec(kind, scaled, source, note);
    }

    /**
     * The phase one instance runs: its length drawn if it varies, then the service times of its stores if they vary,
     * each from the instance's substream of that quantity's stream ({@code streams} gives it by name).
     */
    public PhaseSpec drawn(Function<String, RandomStream> streams) {
        PhaseSpec phase = length.isPresent() ? drawn(streams.apply(length.get().stream())) : this;
        if (!phase.storesVary()) {
            return phase;
        }
        List<Demand> drawn = new ArrayList<>(phase.demands.size());
        for (Demand d : phase.demands) {
            if (d instanceof Demand.Critical c) {
                drawn.add(new Demand.Critical(c.point(), c.work().drawn(streams)));
            } else if (d instanceof Demand.LiveScan scan) {
                drawn.add(new Demand.LiveScan(scan.work().drawn(streams)));
            } else {
                drawn.add(d);
            }
        }
        return new PhaseSpec(kind, drawn, source, note, phase.length);
    }

    /** Whether a store this phase works on serves each operation at its own drawn speed. */
    public boolean storesVary() {
        for (Demand d : demands) {
            if (d instanceof Demand.Critical c && c.work().varies().isPresent()
                    || d instanceof Demand.LiveScan scan && scan.work().varies().isPresent()) {
                return true;
            }
        }
        return false;
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
