package dev.spinup.scenario.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes durations as people write them: {@code "250 ms"}, {@code "15 s"}, {@code "1.5 min"},
 * {@code "500 us"} or {@code "500 µs"}, {@code "2 h"}, {@code "90 ns"}; the space optional.
 */
public final class DurationText {

    /** Examples quoted in messages about a value that is not a duration. */
    public static final String EXAMPLES = "\"250 ms\" or \"15 s\"";

    private static final UnitScale.Unit NS = unit("ns", 1);
    private static final UnitScale.Unit US = unit("us", 1_000);
    private static final UnitScale.Unit MS = unit("ms", 1_000_000);
    private static final UnitScale.Unit S = unit("s", 1_000_000_000);
    private static final UnitScale.Unit MIN = unit("min", 60L * 1_000_000_000);
    private static final UnitScale.Unit H = unit("h", 3_600L * 1_000_000_000);

    private static final UnitScale SCALE = new UnitScale("duration",
            // the micro sign U+00B5 and the Greek mu U+03BC look the same; accept both
            List.of(NS, US, unit("\u00b5s", 1_000), unit("\u03bcs", 1_000), MS, S, MIN, H),
            // "us" rather than "µs" when writing: saved files stay ASCII for every editor
            List.of(H, MIN, S, MS, US, NS),
            Map.ofEntries(Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"),
                    Map.entry("seconds", "s"), Map.entry("msec", "ms"), Map.entry("millis", "ms"),
                    Map.entry("m", "min"), Map.entry("mins", "min"), Map.entry("minute", "min"),
                    Map.entry("minutes", "min"), Map.entry("hr", "h"), Map.entry("hrs", "h"),
                    Map.entry("hour", "h"), Map.entry("hours", "h"), Map.entry("usec", "us"),
                    Map.entry("nsec", "ns")));

    private static final BigDecimal LONGEST = BigDecimal.valueOf(Long.MAX_VALUE);

    private DurationText() {
    }

    /**
     * Reads a duration, rounded to the nearest nanosecond; at most {@code Long.MAX_VALUE} nanoseconds (292 years),
     * the simulation clock's range.
     */
    public static ParseResult<Duration> parse(String text) {
        ParseResult<BigDecimal> nanos = SCALE.toBase(text);
        if (nanos instanceof ParseResult.Failed<BigDecimal> failed) {
            return new ParseResult.Failed<>(failed.reason());
        }
        BigDecimal exact = ((ParseResult.Parsed<BigDecimal>) nanos).value();
        if (exact.compareTo(LONGEST) > 0) {
            return new ParseResult.Failed<>("it is too long; the longest duration is 292 years");
        }
        return new ParseResult.Parsed<>(Duration.ofNanos(exact.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    /** The canonical text of a non-negative duration, read back by {@link #parse} as the same duration. */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot write a negative duration: " + duration);
        }
        BigDecimal nanos = BigDecimal.valueOf(duration.getSeconds()).movePointRight(9)
                .add(BigDecimal.valueOf(duration.getNano()));
        return SCALE.format(nanos);
    }

    /** The accepted unit symbols, for messages. */
    public static String units() {
        return SCALE.symbolList();
    }

    private static UnitScale.Unit unit(String symbol, long nanos) {
        return new UnitScale.Unit(symbol, BigDecimal.valueOf(nanos));
    }
}
