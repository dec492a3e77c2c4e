package dev.spinup.scenario.json;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JSON number, kept as the literal text that was written ({@code "2"}, {@code "1.5"}, {@code "1e400"}), so whole
 * and fractional numbers and numbers beyond {@code long} or {@code double} stay distinguishable.
 */
public record NumberNode(SourcePosition position, JsonPath path, String literal) implements JsonNode {

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /**
     * @throws IllegalArgumentException if {@code literal} is not a JSON number whose exponent fits {@link BigDecimal}
     */
    public NumberNode {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
        if (!JSON_NUMBER.matcher(literal).matches()) {
            throw new IllegalArgumentException("not a JSON number: " + Quote.text(literal));
        }
        new BigDecimal(literal); // throws NumberFormatException (an IllegalArgumentException) for an exponent overflow
    }

    /** The exact value. Beware huge exponents: compare and convert with the {@code *Exact} methods or doubleValue. */
    public BigDecimal decimal() {
        return new BigDecimal(literal);
    }

    @Override
    public String describe() {
        return "the number " + Quote.escape(literal, '"');
    }
}
