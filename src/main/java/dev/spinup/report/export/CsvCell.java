package dev.spinup.report.export;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One value in a {@link CsvTable}: text, a whole number, a decimal number, or missing. */
public sealed interface CsvCell {

    /** The cell as it appears in the file, before CSV quoting. Never depends on the default locale. */
    String text();

    /** A text value, written as is (quoted when needed). */
    record Text(String value) implements CsvCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** A whole number. */
    record Whole(long value) implements CsvCell {
        @Override
        public String text() {
            return Long.toString(value);
        }
    }

    /** A finite decimal number, written in plain notation with the fewest digits that read back exactly. */
    record Decimal(double value) implements CsvCell {
        public Decimal {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a CSV number must be finite, not " + value
                        + "; use a missing cell for no value");
            }
        }

        @Override
        public String text() {
            // BigDecimal.valueOf uses Double.toString's shortest round-trip digits; plain notation avoids "1.0E-5".
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** No value: an empty field. */
    record Missing() implements CsvCell {
        @Override
        public String text() {
            return "";
        }
    }

    /** Wraps a plain Java value: CharSequence, Enum, Integer/Long/Short/Byte, Double/Float, Optional. */
    static CsvCell of(Object value) {
        if (value instanceof CsvCell cell) {
            return cell;
        }
        if (value instanceof CharSequence text) {
            return new Text(text.toString());
        }
        if (value instanceof Enum<?> e) {
            return new Text(e.name());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new Whole(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return new Decimal(((Number) value).doubleValue());
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(CsvCell::of).orElseGet(Missing::new);
        }
        throw new IllegalArgumentException("no CSV cell for " + (value == null ? "null" : value.getClass().getName())
                + "; use Optional.empty() for a missing value");
    }
}
