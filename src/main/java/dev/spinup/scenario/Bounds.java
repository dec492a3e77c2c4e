package dev.spinup.scenario;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.NumberNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.StringNode;
import dev.spinup.scenario.unit.DataRateText;
import dev.spinup.scenario.unit.DataSizeText;
import dev.spinup.scenario.unit.DurationText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads sizes, durations and counts that must lie within bounds, reporting a value outside them in plain words
 * ("`memory` must be more than zero, not \"0 GiB\""). Like {@link ObjectView}, it records problems and returns
 * empty or a placeholder rather than throwing.
 */
final class Bounds {

    private static final DataSize ONE_BYTE = DataSize.ofBytes(1);
    private static final Duration ONE_NANO = Duration.ofNanos(1);

    private Bounds() {
    }

    static Optional<DataSize> size(ObjectView v, String key, DataSize min, DataSize max) {
        return v.optionalDataSize(key).filter(s -> within(v, key, s, min, max, DataSizeText.format(min),
                DataSizeText.format(max), min.equals(ONE_BYTE)));
    }

    /** A size that must be given; when it is missing or wrong the problem is recorded and {@code min} returned. */
    static DataSize requiredSize(ObjectView v, String key, DataSize min, DataSize max) {
        if (!v.has(key)) {
            v.requiredDataSize(key);
            return min;
        }
        return size(v, key, min, max).orElse(min);
    }

    /** A size that must be more than zero and at most {@link ScenarioLimits#MAX_SIZE}. */
    static Optional<DataSize> positiveSize(ObjectView v, String key) {
        return size(v, key, ONE_BYTE, ScenarioLimits.MAX_SIZE);
    }

    /** A size that may be zero, at most {@link ScenarioLimits#MAX_SIZE}. */
    static Optional<DataSize> anySize(ObjectView v, String key) {
        return size(v, key, DataSize.ZERO, ScenarioLimits.MAX_SIZE);
    }

    /** A data rate within {@link ScenarioLimits#MIN_RATE} and {@link ScenarioLimits#MAX_RATE}. */
    static Optional<DataRate> rate(ObjectView v, String key) {
        return v.optionalDataRate(key).filter(r -> {
            if (r.bytesPerSecond() < ScenarioLimits.MIN_RATE.bytesPerSecond()
                    || r.bytesPerSecond() > ScenarioLimits.MAX_RATE.bytesPerSecond()) {
                v.problem(key, Quote.name(key) + " must be from " + DataRateText.formatBits(ScenarioLimits.MIN_RATE)
                        + " to " + DataRateText.formatBits(ScenarioLimits.MAX_RATE) + ", not " + written(v, key));
                return false;
            }
            return true;
        });
    }

    static Optional<Duration> duration(ObjectView v, String key, Duration min, Duration max) {
        return v.optionalDuration(key).filter(d -> within(v, key, d, min, max, DurationText.format(min),
                DurationText.format(max), min.equals(ONE_NANO)));
    }

    /** A duration that must be given; when it is missing or wrong the problem is recorded and {@code min} returned. */
    static Duration requiredDuration(ObjectView v, String key, Duration min, Duration max) {
        if (!v.has(key)) {
            v.requiredDuration(key);
            return min;
        }
        return duration(v, key, min, max).orElse(min);
    }

    /** A duration more than zero and at most {@link ScenarioLimits#MAX_DURATION}. */
    static Optional<Duration> positiveDuration(ObjectView v, String key) {
        return duration(v, key, ONE_NANO, ScenarioLimits.MAX_DURATION);
    }

    /** A duration of zero or more, at most {@link ScenarioLimits#MAX_DURATION}. */
    static Optional<Duration> anyDuration(ObjectView v, String key) {
        return duration(v, key, Duration.ZERO, ScenarioLimits.MAX_DURATION);
    }

    static Duration requiredPositiveDuration(ObjectView v, String key) {
        return requiredDuration(v, key, ONE_NANO, ScenarioLimits.MAX_DURATION);
    }

    /**
     * A whole number up to one of the {@link ScenarioLimits}: a larger number, however large, is reported with
     * the limit named ("a scenario may ask for at most 1000000 instances, not 1000000000000") and nothing is
     * built from it.
     */
    static int limitedCount(ObjectView v, String key, int min, int limit, String things) {
        Optional<JsonNode> node = v.node(key);
        if (node.isPresent() && node.get() instanceof NumberNode number
                && number.decimal().compareTo(BigDecimal.valueOf(limit)) > 0) {
            v.problem(key, "a scenario may ask for at most " + limit + " " + things + ", not "
                    + shortened(number.literal()));
            return min;
        }
        return v.requiredInt(key, min, limit);
    }

    /** As {@link #limitedCount} for a key that may be left out. */
    static int optionalLimitedCount(ObjectView v, String key, int defaultValue, int min, int limit, String things) {
        if (!v.has(key)) {
            return defaultValue;
        }
        return limitedCount(v, key, min, limit, things);
    }

    private static <T extends Comparable<T>> boolean within(ObjectView v, String key, T value, T min, T max,
                                                           String minText, String maxText, boolean positive) {
        String label = Quote.name(key);
        if (value.compareTo(min) < 0) {
            v.problem(key, label + " must be " + (positive ? "more than zero" : "at least " + minText) + ", not "
                    + written(v, key));
            return false;
        }
        if (value.compareTo(max) > 0) {
            v.problem(key, label + " must be at most " + maxText + ", not " + written(v, key));
            return false;
        }
        return true;
    }

    /** A number literal is plain ASCII, but may be thousands of digits long. */
    private static String shortened(String literal) {
        return literal.length() <= 40 ? literal : literal.substring(0, 40) + "\u2026";
    }

    private static String written(ObjectView v, String key) {
        return v.node(key).filter(StringNode.class::isInstance).map(n -> Quote.text(((StringNode) n).value()))
                .orElse("that");
    }
}
