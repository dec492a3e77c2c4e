package dev.spinup.run;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.scenario.unit.DataRateText;
import dev.spinup.scenario.unit.DataSizeText;
import dev.spinup.scenario.unit.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * The values a sweep walks through, from text such as {@code "1..500"}, {@code "128 MiB..8 GiB"} or
 * {@code "0 s..2 s"}: {@code steps} points spread evenly (or geometrically), each written back in the unit of the
 * range so the scenario reads it like a value a teacher typed.
 */
public record SweepRange(String text, List<SweepValue> values, Kind kind, boolean geometric) {

    /** The most points one sweep may have: a chart shows no more, and each point is a whole run. */
    public static final int MAX_STEPS = 1_000;

    public SweepRange {
        values = List.copyOf(values);
        Objects.requireNonNull(kind, "kind");
    }

    /** One point of a sweep: its numeric position (for the chart's x axis) and the text put into the scenario. */
    public record SweepValue(double x, String text) {
    }

    /** What the values are, and so what a point's {@code x} counts in. */
    public enum Kind {
        /** Whole numbers: {@code x} is the count. */
        COUNT,
        /** Decimals without a unit: {@code x} is the number. */
        NUMBER,
        /** Sizes: {@code x} is in bytes. */
        SIZE,
        /** Durations: {@code x} is in nanoseconds. */
        DURATION,
        /** Rates: {@code x} is in bytes per second. */
        RATE
    }

    /** The values from first to last as the scenario reads them: {@code 128 MiB–8 GiB}. */
    public String span() {
        return values.get(0).text() + "\u2013" + values.get(values.size() - 1).text();
    }

    /** The range, or a message saying what the text should look like. */
    public static SweepRange parse(String range, int steps, boolean geometric) {
        String[] ends = range.split("\\.\\.", -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            throw new IllegalArgumentException("a sweep range looks like FROM..TO, e.g. 1..500 or \"128 MiB..8 GiB\","
                    + " not `" + range + "`");
        }
        if (steps < 2 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("a sweep has 2 to " + MAX_STEPS + " steps, not " + steps);
        }
        String from = ends[0].trim();
        String to = ends[1].trim();
        Optional<long[]> integers = integers(from, to);
        if (integers.isPresent()) {
            long a = integers.get()[0];
            long b = integers.get()[1];
            return new SweepRange(range, spread(a, b, steps, geometric, x -> Long.toString(Math.round(x)), 1),
                    Kind.COUNT, geometric);
        }
        Optional<double[]> plain = decimals(from, to);
        if (plain.isPresent()) {
            return new SweepRange(range, spread(plain.get()[0], plain.get()[1], steps, geometric,
                    x -> stripZeros(x), 0), Kind.NUMBER, geometric);
        }
        Optional<DataSize> sizeA = DataSizeText.parse(from).toOptional();
        Optional<DataSize> sizeB = DataSizeText.parse(to).toOptional();
        if (sizeA.isPresent() && sizeB.isPresent()) {
            long a = sizeA.get().bytes();
            long b = sizeB.get().bytes();
            return new SweepRange(range, spread(a, b, steps, geometric,
                    x -> DataSizeText.format(DataSize.ofBytes(Math.round(x))), quantum(a, b, 1024)), Kind.SIZE,
                    geometric);
        }
        Optional<Duration> timeA = DurationText.parse(from).toOptional();
        Optional<Duration> timeB = DurationText.parse(to).toOptional();
        if (timeA.isPresent() && timeB.isPresent()) {
            long a = timeA.get().toNanos();
            long b = timeB.get().toNanos();
            return new SweepRange(range, spread(a, b, steps, geometric,
                    x -> DurationText.format(Duration.ofNanos(Math.round(x))), quantum(a, b, 1000)), Kind.DURATION,
                    geometric);
        }
        Optional<DataRate> rateA = DataRateText.parse(from).toOptional();
        Optional<DataRate> rateB = DataRateText.parse(to).toOptional();
        if (rateA.isPresent() && rateB.isPresent()) {
            double a = rateA.get().bytesPerSecond();
            double b = rateB.get().bytesPerSecond();
            return new SweepRange(range, spread(a, b, steps, geometric,
                    x -> DataRateText.format(DataRate.ofBytesPerSecond(x)), quantum(a, b, 1000)), Kind.RATE,
                    geometric);
        }
        throw new IllegalArgumentException("cannot read `" + range + "`: both ends must be whole numbers, decimals,"
                + " sizes (" + DataSizeText.EXAMPLES + "), durations (" + DurationText.EXAMPLES + ") or rates ("
                + DataRateText.EXAMPLES + ") of the same kind");
    }

    /**
     * Values between the ends are rounded to a multiple of {@code quantum} (0: not rounded), so a sweep sets
     * "910 MiB", not "954437177 B"; the ends stay as written.
     */
    private static List<SweepValue> spread(double a, double b, int steps, boolean geometric,
                                           DoubleFunction<String> text, double quantum) {
        if (geometric && (a <= 0 || b <= 0)) {
            throw new IllegalArgumentException("a geometric sweep needs both ends above zero");
        }
        List<SweepValue> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < steps; i++) {
            double f = i / (double) (steps - 1);
            double x = i == 0 ? a : i == steps - 1 ? b : geometric ? a * Math.pow(b / a, f) : a + (b - a) * f;
            if (quantum > 0) {
                x = Math.round(x / quantum) * quantum;
            }
            String t = text.apply(x);
            if (seen.add(t)) {
                out.add(new SweepValue(x, t));
            }
        }
        return out;
    }

    /**
     * The largest power of {@code base} (1, base, base², ...) at most a thousandth of the larger end: whole MiB
     * for a sweep up to gigabytes, whole milliseconds for one up to seconds.
     */
    private static double quantum(double a, double b, int base) {
        double largest = Math.max(Math.abs(a), Math.abs(b));
        double quantum = 1;
        while (quantum * base * 1000 <= largest) {
            quantum *= base;
        }
        return quantum;
    }

    private static Optional<long[]> integers(String a, String b) {
        try {
            return Optional.of(new long[] {Long.parseLong(a), Long.parseLong(b)});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<double[]> decimals(String a, String b) {
        try {
            double x = Double.parseDouble(a);
            double y = Double.parseDouble(b);
            return Double.isFinite(x) && Double.isFinite(y) ? Optional.of(new double[] {x, y}) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String stripZeros(double x) {
        return java.math.BigDecimal.valueOf(x).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
