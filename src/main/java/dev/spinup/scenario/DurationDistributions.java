package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.Empirical;
import dev.spinup.engine.random.LogNormal;
import dev.spinup.engine.random.TruncatedNormal;
import dev.spinup.engine.random.Uniform;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.unit.DurationText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads a duration that may vary from instance to instance, in nanoseconds: a fixed {@code "250 ms"}, or an
 * object naming one of the engine's distributions, {@code {"lognormal": {"median": "0.5 s", "p99": "2 s"}}},
 * {@code {"uniform": {"min": …, "max": …}}}, {@code {"normal": {"mean": …, "sd": …}}} (truncated at zero),
 * {@code {"empirical": ["1 s", "1.2 s", …]}} or {@code {"constant": "250 ms"}}. Problems are recorded, never thrown.
 */
final class DurationDistributions {

    /** The most values an empirical distribution may list. */
    static final int MAX_SAMPLES = 10_000;

    private DurationDistributions() {
    }

    /** The value of {@code key}, if given and readable. */
    static Optional<Distribution> read(ObjectView v, String key) {
        Optional<JsonNode> node = v.node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof ObjectNode)) {
            return Bounds.anyDuration(v, key).map(d -> new Constant(d.toNanos()));
        }
        ObjectView o = v.optionalObject(key).orElseThrow();
        Optional<Distribution> result = Optional.empty();
        int kinds = 0;
        for (String kind : Section.DISTRIBUTION.keys()) {
            if (o.has(kind)) {
                kinds++;
                if (kinds == 1) {
                    result = kind(o, kind);
                }
            }
        }
        Section.DISTRIBUTION.finish(o);
        if (kinds == 0 && o.keys().isEmpty()) {
            o.problem(Quote.name(key) + " names no distribution; write a duration (\"250 ms\") or one of "
                    + String.join(", ", Section.DISTRIBUTION.keys()) + ", e.g. {\"lognormal\": {\"median\": \"0.5 s\","
                    + " \"p99\": \"2 s\"}}");
        } else if (kinds > 1) {
            o.problem(Quote.name(key) + " is one distribution; it names " + kinds + " of "
                    + String.join(", ", Section.DISTRIBUTION.keys()));
            return Optional.empty();
        }
        return result;
    }

    /**
     * The distribution in words, its durations with their units: "lognormal, median 500 ms, p99 2 s", "uniform
     * from 1 s to 2 s", "normal, mean 1 s, sd 100 ms, truncated at 0", "empirical, 12 values from 1 s to 3 s".
     */
    static String describe(Distribution nanos) {
        if (nanos instanceof Constant c) {
            return time(c.value());
        }
        if (nanos instanceof Uniform u) {
            return "uniform from " + time(u.min()) + " to " + time(u.max());
        }
        if (nanos instanceof TruncatedNormal n) {
            return "normal, mean " + time(n.mu()) + ", sd " + time(n.sigma()) + ", truncated at 0";
        }
        if (nanos instanceof LogNormal l) {
            return "lognormal, median " + time(l.median()) + ", p99 " + time(l.percentile(0.99));
        }
        if (nanos instanceof Empirical e) {
            return "empirical, " + e.size() + (e.size() == 1 ? " value, " : " values from ") + time(e.percentile(0))
                    + (e.size() == 1 ? "" : " to " + time(e.percentile(1)));
        }
        return nanos.describe();
    }

    private static String time(double nanos) {
        return DurationText.format(Duration.ofNanos(Math.round(nanos)));
    }

    private static Optional<Distribution> kind(ObjectView o, String kind) {
        return switch (kind) {
            case "constant" -> Bounds.anyDuration(o, "constant").map(d -> new Constant(d.toNanos()));
            case "uniform" -> o.optionalObject(kind).flatMap(DurationDistributions::uniform);
            case "normal" -> o.optionalObject(kind).flatMap(DurationDistributions::normal);
            case "lognormal" -> o.optionalObject(kind).flatMap(DurationDistributions::lognormal);
            case "empirical" -> o.optionalArray(kind).flatMap(DurationDistributions::empirical);
            default -> throw new IllegalStateException("no reader for distribution " + kind);
        };
    }

    private static Optional<Distribution> uniform(ObjectView u) {
        Optional<Duration> min = required(u, "min", Duration.ZERO);
        Optional<Duration> max = required(u, "max", Duration.ZERO);
        Section.UNIFORM.finish(u);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get().compareTo(max.get()) > 0) {
            u.problem("max", "`max` must be at least `min` (" + DurationText.format(min.get()) + "), not "
                    + DurationText.format(max.get()));
            return Optional.empty();
        }
        return Optional.of(new Uniform(min.get().toNanos(), max.get().toNanos()));
    }

    private static Optional<Distribution> normal(ObjectView n) {
        Optional<Duration> mean = required(n, "mean", Duration.ZERO);
        Optional<Duration> sd = required(n, "sd", Duration.ofNanos(1));
        Section.NORMAL.finish(n);
        if (mean.isEmpty() || sd.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TruncatedNormal(mean.get().toNanos(), sd.get().toNanos()));
    }

    private static Optional<Distribution> lognormal(ObjectView l) {
        Optional<Duration> median = required(l, "median", Duration.ofNanos(1));
        Optional<Duration> p99 = required(l, "p99", Duration.ofNanos(1));
        Section.LOGNORMAL.finish(l);
        if (median.isEmpty() || p99.isEmpty()) {
            return Optional.empty();
        }
        if (p99.get().compareTo(median.get()) <= 0) {
            l.problem("p99", "`p99` must be above the `median` (" + DurationText.format(median.get()) + "), not "
                    + DurationText.format(p99.get()) + "; for a fixed value write the duration itself");
            return Optional.empty();
        }
        return Optional.of(LogNormal.fromMedianAndP99(median.get().toNanos(), p99.get().toNanos()));
    }

    /** A duration the distribution needs: a missing one is reported as missing, one out of bounds as such. */
    private static Optional<Duration> required(ObjectView v, String key, Duration min) {
        if (!v.has(key)) {
            v.requiredDuration(key);
            return Optional.empty();
        }
        return Bounds.duration(v, key, min, ScenarioLimits.MAX_DURATION);
    }

    private static Optional<Distribution> empirical(ArrayView a) {
        a.requireSize(1, MAX_SAMPLES);
        List<Duration> values = a.durations();
        if (values.size() != a.size() || a.size() == 0 || a.size() > MAX_SAMPLES) {
            return Optional.empty();
        }
        double[] nanos = new double[values.size()];
        for (int i = 0; i < nanos.length; i++) {
            Duration d = values.get(i);
            if (d.isNegative() || d.compareTo(ScenarioLimits.MAX_DURATION) > 0) {
                a.problems().add(a.nodes().get(i), "each value must be from 0 s to "
                        + DurationText.format(ScenarioLimits.MAX_DURATION) + ", not " + DurationText.format(d));
                return Optional.empty();
            }
            nanos[i] = d.toNanos();
        }
        return Optional.of(new Empirical(nanos));
    }
}
