package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.Empirical;
import dev.spinup.engine.random.LogNormal;
import dev.spinup.engine.random.TruncatedNormal;
import dev.spinup.engine.random.Uniform;
import dev.spinup.engine.stats.StandardNormal;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.VaryingQuantity;
import dev.spinup.scenario.unit.DataRateText;
import dev.spinup.scenario.unit.DataSizeText;
import dev.spinup.scenario.unit.DurationText;
import java.math.BigDecimal;
import java.math.MathContext;
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
                Section.SIZE_DISTRIBUTION, Section.SIZE_UNIFORM, Section.SIZE_NORMAL, Section.SIZE_LOGNORMAL),
        /** A disk's or registry's rate, in bytes per second, written in byte units. */
        RATE("a rate", "\"500 MB/s\"", "{\"lognormal\": {\"median\": \"500 MB/s\", \"p99\": \"900 MB/s\"}}",
                Section.RATE_DISTRIBUTION, Section.RATE_UNIFORM, Section.RATE_NORMAL, Section.RATE_LOGNORMAL),
        /** A network link's rate, in bytes per second, written in bit units. */
        LINK_RATE("a rate", "\"10 Gbit/s\"", "{\"uniform\": {\"min\": \"1 Gbit/s\", \"max\": \"10 Gbit/s\"}}",
                Section.RATE_DISTRIBUTION, Section.RATE_UNIFORM, Section.RATE_NORMAL, Section.RATE_LOGNORMAL),
        /** Operations per second, a plain number. */
        IOPS("a number", "20000", "{\"lognormal\": {\"median\": 20000, \"p99\": 60000}}",
                Section.IOPS_DISTRIBUTION, Section.IOPS_UNIFORM, Section.IOPS_NORMAL, Section.IOPS_LOGNORMAL);

        /** The most operations per second a disk may have, as a fixed {@code iops} may. */
        static final double MAX_IOPS = 1e9;

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

        /**
         * A value of zero or more up to the file's limit, or more than zero when {@code positive}; a rate or an
         * IOPS figure is always within the bounds a fixed one has.
         */
        Optional<Double> read(ObjectView v, String key, boolean positive) {
            return switch (this) {
                case DURATION -> Bounds.duration(v, key, positive ? Duration.ofNanos(1) : Duration.ZERO,
                        ScenarioLimits.MAX_DURATION).map(d -> (double) d.toNanos());
                case SIZE -> Bounds.size(v, key, positive ? DataSize.ofBytes(1) : DataSize.ZERO,
                        ScenarioLimits.MAX_SIZE).map(b -> (double) b.bytes());
                case RATE, LINK_RATE -> Bounds.rate(v, key).map(DataRate::bytesPerSecond);
                case IOPS -> {
                    double value = v.optionalDouble(key, Double.NaN, 1, MAX_IOPS);
                    yield Double.isNaN(value) ? Optional.empty() : Optional.of(value);
                }
            };
        }

        void requireMissing(ObjectView v, String key) {
            switch (this) {
                case DURATION -> v.requiredDuration(key);
                case SIZE -> v.requiredDataSize(key);
                case RATE, LINK_RATE -> v.requiredDataRate(key);
                case IOPS -> v.requiredDouble(key, 1, MAX_IOPS);
            }
        }

        List<Double> values(ArrayView a) {
            return switch (this) {
                case DURATION -> a.durations().stream().map(d -> (double) d.toNanos()).toList();
                case SIZE -> a.dataSizes().stream().map(b -> (double) b.bytes()).toList();
                case RATE, LINK_RATE -> a.dataRates().stream().map(DataRate::bytesPerSecond).toList();
                case IOPS -> a.numbers();
            };
        }

        /** The least value a distribution of this measure may list or draw. */
        double min() {
            return switch (this) {
                case DURATION, SIZE -> 0;
                case RATE, LINK_RATE -> ScenarioLimits.MIN_RATE.bytesPerSecond();
                case IOPS -> 1;
            };
        }

        double max() {
            return switch (this) {
                case DURATION -> ScenarioLimits.MAX_DURATION.toNanos();
                case SIZE -> ScenarioLimits.MAX_SIZE.bytes();
                case RATE, LINK_RATE -> ScenarioLimits.MAX_RATE.bytesPerSecond();
                case IOPS -> MAX_IOPS;
            };
        }

        String format(double value) {
            return switch (this) {
                case DURATION -> DurationText.format(Duration.ofNanos(Math.round(value)));
                case SIZE -> DataSizeText.format(DataSize.ofBytes(Math.round(value)));
                // ten digits hide the last bits a lognormal's median loses on its way through exp and log
                case RATE -> DataRateText.format(DataRate.ofBytesPerSecond(significant(Math.max(value, min()), 10)));
                case LINK_RATE -> DataRateText.formatBits(DataRate.ofBytesPerSecond(
                        significant(Math.max(value, min()) * 8, 10) / 8));
                case IOPS -> new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
            };
        }

        /** A value rounded to three significant digits (of bits for a link), for a mean between round figures. */
        String formatRounded(double value) {
            return this == LINK_RATE ? format(significant(value * 8, 3) / 8) : format(significant(value, 3));
        }

        private static double significant(double value, int digits) {
            return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
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

    /**
     * {@code d} held within what {@code measure} allows, and above its tail near zero: a normal's or a lognormal's
     * draw is held at its 0.1st percentile at least, so a rate of a few bytes a second never stalls a host.
     */
    private static final double LOW_TAIL = 0.001;

    static VaryingQuantity bounded(Distribution d, Measure measure) {
        double least = measure.min();
        if (d instanceof Constant c) {
            least = c.value();
        } else if (d instanceof Uniform u) {
            least = u.min();
        } else if (d instanceof Empirical e) {
            least = e.percentile(0);
        } else if (d instanceof LogNormal l) {
            least = l.percentile(LOW_TAIL);
        } else if (d instanceof TruncatedNormal n) {
            // the 0.1st percentile of the normal before its truncation at zero
            least = n.mu() + StandardNormal.quantile(LOW_TAIL) * n.sigma();
        }
        least = Math.min(measure.max(), Math.max(measure.min(), least));
        return new VaryingQuantity(d, least, measure.max());
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
            if (value < measure.min() || value > measure.max()) {
                a.problems().add(a.nodes().get(i), "each value must be from " + measure.format(measure.min()) + " to "
                        + measure.format(measure.max()) + ", not " + measure.format(value));
                return Optional.empty();
            }
            samples[i] = value;
        }
        return Optional.of(new Empirical(samples));
    }
}
