package dev.spinup.engine;

import java.time.Duration;

/** The engine's single time unit, the nanosecond, and conversions to and from it. */
public final class SimTime {

    public static final long NANOSECOND = 1L;
    public static final long MICROSECOND = 1_000L;
    public static final long MILLISECOND = 1_000_000L;
    public static final long SECOND = 1_000_000_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;

    private SimTime() {
    }

    public static long ofMillis(double millis) {
        return Math.round(millis * MILLISECOND);
    }

    public static long ofSeconds(double seconds) {
        return Math.round(seconds * SECOND);
    }

    public static long of(Duration duration) {
        return duration.toNanos();
    }

    public static double toMillis(long nanos) {
        return nanos / (double) MILLISECOND;
    }

    public static double toSeconds(long nanos) {
        return nanos / (double) SECOND;
    }

    /** A compact human form for narration and errors: "850 ms", "15.1 s", "2 min 3 s", "420 µs". */
    public static String format(long nanos) {
        long abs = Math.abs(nanos);
        String sign = nanos < 0 ? "-" : "";
        if (abs < MICROSECOND) {
            return sign + abs + " ns";
        }
        // Each unit holds only what still reads below the next after rounding: 999.96 ms is "1 s", not "1000 ms",
        // and 2 min 59.6 s is "3 min 0 s", not "2 min 60 s".
        if (abs < MILLISECOND && rounded1(abs / (double) MICROSECOND) < 1000) {
            return sign + round1(abs / (double) MICROSECOND) + " µs";
        }
        if (abs < SECOND && rounded1(abs / (double) MILLISECOND) < 1000) {
            return sign + round1(abs / (double) MILLISECOND) + " ms";
        }
        if (abs < MINUTE && rounded1(abs / (double) SECOND) < 60) {
            return sign + round1(abs / (double) SECOND) + " s";
        }
        long totalSeconds = Math.round(abs / (double) SECOND);
        return sign + totalSeconds / 60 + " min " + totalSeconds % 60 + " s";
    }

    private static double rounded1(double v) {
        return v >= 100 ? Math.rint(v) : Math.rint(v * 10) / 10;
    }

    private static String round1(double v) {
        double r = rounded1(v);
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
