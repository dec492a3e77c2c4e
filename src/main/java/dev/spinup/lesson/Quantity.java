package dev.spinup.lesson;

import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.scenario.text.QuantityKind;
import java.util.Locale;
import java.util.Objects;

/**
 * A computed figure with its kind, and the one way it is written everywhere (texts, the terminal table, the
 * app): durations as "850 ms" or "15.8 s", sizes in binary units, counts whole ("1 400"), factors to two
 * significant digits, shares in per cent. NaN means the run does not define it (nothing became ready).
 *
 * @param value nanoseconds, bytes, a count, a factor, or a fraction (0.75 for 75 %)
 */
public record Quantity(double value, QuantityKind kind) {

    public Quantity {
        Objects.requireNonNull(kind, "kind");
    }

    public static Quantity nanos(double nanos) {
        return new Quantity(nanos, QuantityKind.DURATION);
    }

    public static Quantity bytes(double bytes) {
        return new Quantity(bytes, QuantityKind.SIZE);
    }

    public static Quantity count(double count) {
        return new Quantity(count, QuantityKind.COUNT);
    }

    public boolean defined() {
        return Double.isFinite(value);
    }

    /** The figure as a student reads it; "n/a" when the run does not define it. */
    public String format() {
        if (!defined()) {
            return "n/a";
        }
        return switch (kind) {
            case DURATION -> Math.round(value) == 0 ? "0 s" : SimTime.format(Math.round(value));
            case SIZE -> value < 0 ? "-" + DataSize.ofBytes(Math.round(-value)) : DataSize.ofBytes(Math.round(value))
                    .toString();
            case COUNT -> grouped(value);
            case RATIO -> twoDigits(value);
            case PERCENT -> twoDigits(100 * value) + " %";
        };
    }

    private static String grouped(double v) {
        if (v != Math.rint(v)) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        String digits = Long.toString(Math.abs((long) v));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0 && digits.length() > 3) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return (v < 0 ? "-" : "") + grouped;
    }

    /** Two significant digits, whole numbers from 10 up: 30, 2.2, 0.45. */
    private static String twoDigits(double v) {
        double abs = Math.abs(v);
        if (abs >= 10) {
            return Long.toString(Math.round(v));
        }
        if (abs >= 1) {
            return trim(String.format(Locale.ROOT, "%.1f", v));
        }
        return trim(String.format(Locale.ROOT, "%.2g", v));
    }

    private static String trim(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }
}
