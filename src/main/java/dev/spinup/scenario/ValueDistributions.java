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
import dev.spinup.model.DataSize;
import dev.spinup.scenario.unit.DataSizeText;
import dev.spinup.scenario.unit.DurationText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads a duration or a size that may vary from instance to instance, in nanoseconds or bytes: a fixed
 * {@code "250 ms"} or {@code "200 MiB"}, or an object naming one of the engine's distributions,
 * {@code {"lognormal": {"median": "0.5 s", "p99": "2 s"}}}, {@code {"uniform": {"min": …, "max": …}}},
 * {@code {"normal": {"mean": …, "sd": …}}} (truncated at zero), {@code {"empirical": ["1 s", "1.2 s", …]}} or
 * {@code {"constant": "250 ms"}}. Problems are recorded, never thrown.
 */
final class ValueDistributions {

    /** What a distribution is of: how one value is read, bounded and written, in its base unit. */
    enum Measure {
        DURATION("a duration", "\"250 ms\"", "{\"lognormal\": {\"median\": \"0.5 s\", \"p99\": \"2 s\"}}",
                Section.DISTRIBUTION, Section.UNIFORM, Section.NORMAL, Section.LOGNORMAL),
        SIZE("a size", "\"200 MiB\"", "{\"lognormal\": {\"median\": \"200 MiB\", \"p99\": \"600 MiB\"}}",
                Section.SIZE_DISTRIBUTION, Section.SIZE_UNIFORM, Section.SIZE_NORMAL, Section.SIZE_LOGNORMAL);

        private final String what;
        private final String fixed;
        private final String example;
        private final Section distribution;
        private final Section uniform;
        private final Section normal;
        private final Section lognormal;

        Measure(String what, String fixed, String example, Section distribution, Section uniform, Section normal,
                Section lognormal) {
            this.what = what;
            this.fixed = fixed;
            this.example = example;
            this.distribution = distribution;
            this.uniform = uniform;
            this.normal = normal;
            this.lognormal = lognormal;
        }

        /** A value of zero or more up to the file's limit, or more than zero when {@code positive}. */
        Optional<Double> read(ObjectView v, String key, boolean positive) {
            return this == DURATION
                    ? Bounds.duration(v, key, positive ? Duration.ofNanos(1) : Duration.ZERO,
                            ScenarioLimits.MAX_DURATION).map(d -> (double) d.toNanos())
                    : Bounds.size(v, key, positive ? DataSize.ofBytes(1) : DataSize.ZERO, ScenarioLimits.MAX_SIZE)
                            .map(b -> (double) b.bytes());
        }

        void requireMissing(ObjectView v, String key) {
            if (this == DURATION) {
                v.requiredDuration(key);
            } else {
                v.requiredDataSize(key);
            }
        }

        List<Double> values(ArrayView a) {
            return this == DURATION ? a.durations().stream().map(d -> (double) d.toNanos()).toList()
                    : a.dataSizes().stream().map(b -> (double) b.bytes()).toList();
        }

        double max() {
            return this == DURATION ? ScenarioLimits.MAX_DURATION.toNanos() : ScenarioLimits.MAX_SIZE.bytes();
        }

        String format(double value) {
            return this == DURATION ? DurationText.format(Duration.ofNanos(Math.round(value)))
                    : DataSizeText.format(DataSize.ofBytes(Math.round(value)));
        }
    }

    /** The most values an empirical distribution may list. */
    static final int MAX_SAMPLES = 10_000;

    private ValueDistributions() {
    }

    /** The duration at {@code key}, if given and readable, in nanoseconds. */
    static Optional<Distribution> read(ObjectView v, String key) {
        return read(v, key, Measure.DURATION);
    }

    /** The value of {@code key}, if given and readable, in the measure's base unit. */
    static Optional<Distribution> read(ObjectView v, String key, Measure measure) {
        Optional<JsonNode> node = v.node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof ObjectNode)) {
            return measure.read(v, key, false).map(Constant::new);
        }
        ObjectView o = v.optionalObject(key).orElseThrow();
        Optional<Distribution> result = Optional.empty();
        int kinds = 0;
        for (String kind : measure.distribution.keys()) {
            if (o.has(kind)) {
                kinds++;
                if (kinds == 1) {
                    result = kind(o, kind, measure);
                }
            }
        }
        measure.distribution.finish(o);
        if (kinds == 0 && o.keys().isEmpty()) {
            o.problem(Quote.name(key) + " names no distribution; write " + measure.what + " (" + measure.fixed
                    + ") or one of " + String.join(", ", measure.distribution.keys()) + ", e.g. " + measure.example);
        } else if (kinds > 1) {
            o.problem(Quote.name(key) + " is one distribution; it names " + kinds + " of "
                    + String.join(", ", measure.distribution.keys()));
            return Optional.empty();
        }
        return result;
    }

    /**
     * The distribution in words, its durations with their units: "lognormal, median 500 ms, p99 2 s", "uniform
     * from 1 s to 2 s", "normal, mean 1 s, sd 100 ms, truncated at 0", "empirical, 12 values from 1 s to 3 s".
     */
    static String describe(Distribution nanos) {
        return describe(nanos, Measure.DURATION);
    }

    /** As {@link #describe(Distribution)}, for a distribution of {@code measure}. */
    static String describe(Distribution d, Measure measure) {
        if (d instanceof Constant c) {
            return measure.format(c.value());
        }
        if (d instanceof Uniform u) {
            return "uniform from " + measure.format(u.min()) + " to " + measure.format(u.max());
        }
        if (d instanceof TruncatedNormal n) {
            return "normal, mean " + measure.format(n.mu()) + ", sd " + measure.format(n.sigma()) + ", truncated at 0";
        }
        if (d instanceof LogNormal l) {
            return "lognormal, median " + measure.format(l.median()) + ", p99 " + measure.format(l.percentile(0.99));
        }
        if (d instanceof Empirical e) {
            return "empirical, " + e.size() + (e.size() == 1 ? " value, " : " values from ")
                    + measure.format(e.percentile(0)) + (e.size() == 1 ? "" : " to " + measure.format(e.percentile(1)));
        }
        return d.describe();
    }

    private static Optional<Distribution> kind(ObjectView o, String kind, Measure measure) {
        return switch (kind) {
            case "constant" -> measure.read(o, "constant", false).map(Constant::new);
            case "uniform" -> o.optionalObject(kind).flatMap(u -> uniform(u, measure));
            case "normal" -> o.optionalObject(kind).flatMap(n -> normal(n, measure));
            case "lognormal" -> o.optionalObject(kind).flatMap(l -> lognormal(l, measure));
            case "empirical" -> o.optionalArray(kind).flatMap(a -> empirical(a, measure));
            default -> throw new IllegalStateException("no reader for distribution " + kind);
        };
    }

    private static Optional<Distribution> uniform(ObjectView u, Measure measure) {
        Optional<Double> min = required(u, "min", false, measure);
        Optional<Double> max = required(u, "max", false, measure);
        measure.uniform.finish(u);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get() > max.get()) {
            u.problem("max", "`max` must be at least `min` (" + measure.format(min.get()) + "), not "
                    + measure.format(max.get()));
            return Optional.empty();
        }
        return Optional.of(new Uniform(min.get(), max.get()));
    }

    private static Optional<Distribution> normal(ObjectView n, Measure measure) {
        Optional<Double> mean = required(n, "mean", false, measure);
        Optional<Double> sd = required(n, "sd", true, measure);
        measure.normal.finish(n);
        if (mean.isEmpty() || sd.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TruncatedNormal(mean.get(), sd.get()));
    }

    private static Optional<Distribution> lognormal(ObjectView l, Measure measure) {
        Optional<Double> median = required(l, "median", true, measure);
        Optional<Double> p99 = required(l, "p99", true, measure);
        measure.lognormal.finish(l);
        if (median.isEmpty() || p99.isEmpty()) {
            return Optional.empty();
        }
        if (p99.get() <= median.get()) {
            l.problem("p99", "`p99` must be above the `median` (" + measure.format(median.get()) + "), not "
                    + measure.format(p99.get()) + "; for a fixed value write " + measure.what + " itself");
            return Optional.empty();
        }
        return Optional.of(LogNormal.fromMedianAndP99(median.get(), p99.get()));
    }

    /** A value the distribution needs: a missing one is reported as missing, one out of bounds as such. */
    private static Optional<Double> required(ObjectView v, String key, boolean positive, Measure measure) {
        if (!v.has(key)) {
            measure.requireMissing(v, key);
            return Optional.empty();
        }
        return measure.read(v, key, positive);
    }

    private static Optional<Distribution> empirical(ArrayView a, Measure measure) {
        a.requireSize(1, MAX_SAMPLES);
        List<Double> values = measure.values(a);
        if (values.size() != a.size() || a.size() == 0 || a.size() > MAX_SAMPLES) {
            return Optional.empty();
        }
        double[] samples = new double[values.size()];
        for (int i = 0; i < samples.length; i++) {
            double value = values.get(i);
            if (value < 0 || value > measure.max()) {
                a.problems().add(a.nodes().get(i), "each value must be from " + measure.format(0) + " to "
                        + measure.format(measure.max()) + ", not " + measure.format(value));
                return Optional.empty();
            }
            samples[i] = value;
        }
        return Optional.of(new Empirical(samples));
    }
}
