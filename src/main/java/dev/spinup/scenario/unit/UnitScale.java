package dev.spinup.scenario.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A family of units for one kind of quantity (sizes, durations, rates) expressed as factors of a base unit,
 * with the shared rules for reading {@code "1.5 GiB"} and for writing a base amount back in canonical form.
 */
final class UnitScale {

    /** One unit symbol and how many base units it is worth. */
    record Unit(String symbol, BigDecimal factor) {
    }

    /** Longest text we try to read; keeps BigDecimal work on untrusted input trivially small. */
    static final int MAX_TEXT_LENGTH = 64;

    /** At most this many decimals in a canonical form, so "1.5 GiB" beats "1610612736 B" but not "0.0009765625 MiB". */
    private static final int MAX_CANONICAL_DECIMALS = 3;

    private final String quantityName;
    private final List<Unit> accepted;
    private final List<Unit> canonicalOrder;
    private final Map<String, String> commonMistakes;

    /**
     * @param accepted       every symbol that may be written, case-sensitive
     * @param canonicalOrder the units tried when formatting, earlier ones win ties; the last is the base unit
     * @param commonMistakes symbols people write that are not accepted, mapped to the one they probably meant
     */
    UnitScale(String quantityName, List<Unit> accepted, List<Unit> canonicalOrder, Map<String, String> commonMistakes) {
        this.quantityName = quantityName;
        this.accepted = List.copyOf(accepted);
        this.canonicalOrder = List.copyOf(canonicalOrder);
        this.commonMistakes = Map.copyOf(commonMistakes);
    }

    /** Reads text such as "1.5 GiB" into base units (bytes, nanoseconds, bytes per second); never throws. */
    ParseResult<BigDecimal> toBase(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new ParseResult.Failed<>("it is empty");
        }
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            return new ParseResult.Failed<>("it is too long to be a " + quantityName);
        }
        int i = 0;
        boolean negative = false;
        if (trimmed.charAt(0) == '-' || trimmed.charAt(0) == '+') {
            negative = trimmed.charAt(0) == '-';
            i++;
        }
        int numberStart = i;
        while (i < trimmed.length() && (isDigit(trimmed.charAt(i)) || trimmed.charAt(i) == '.')) {
            i++;
        }
        String number = trimmed.substring(numberStart, i);
        if (!number.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            return new ParseResult.Failed<>("it does not start with a number");
        }
        if (i < trimmed.length() && trimmed.charAt(i) == ',' && i + 1 < trimmed.length() && isDigit(trimmed.charAt(i + 1))) {
            return new ParseResult.Failed<>("write decimals with a dot, as in 1.5");
        }
        if (i + 1 < trimmed.length() && (trimmed.charAt(i) == 'e' || trimmed.charAt(i) == 'E')
                && (isDigit(trimmed.charAt(i + 1)) || trimmed.charAt(i + 1) == '-' || trimmed.charAt(i + 1) == '+')) {
            return new ParseResult.Failed<>("write the number in full, without an exponent");
        }
        String symbol = trimmed.substring(i).strip();
        if (symbol.isEmpty()) {
            return new ParseResult.Failed<>("the unit is missing");
        }
        Optional<Unit> unit = accepted.stream().filter(u -> u.symbol().equals(symbol)).findFirst();
        if (unit.isEmpty()) {
            return new ParseResult.Failed<>(unknownUnit(symbol));
        }
        BigDecimal value = new BigDecimal(number);
        if (negative && value.signum() != 0) {
            return new ParseResult.Failed<>("a " + quantityName + " cannot be negative");
        }
        return new ParseResult.Parsed<>(value.multiply(unit.get().factor()));
    }

    /**
     * The canonical text of a base amount: among the units that express it exactly with at most three decimals and
     * a value of at least 1, the one with the shortest number; the base unit with every digit otherwise.
     */
    String format(BigDecimal baseAmount) {
        if (baseAmount.signum() < 0) {
            throw new IllegalArgumentException("cannot format a negative " + quantityName + ": " + baseAmount);
        }
        String best = null;
        for (Unit unit : canonicalOrder) {
            BigDecimal value;
            try {
                value = baseAmount.divide(unit.factor());
            } catch (ArithmeticException notExact) {
                continue;
            }
            value = value.stripTrailingZeros();
            if (value.compareTo(BigDecimal.ONE) < 0 || value.scale() > MAX_CANONICAL_DECIMALS) {
                continue;
            }
            String candidate = plain(value) + " " + unit.symbol();
            if (best == null || numberLength(candidate) < numberLength(best)) {
                best = candidate;
            }
        }
        if (best != null) {
            return best;
        }
        Unit base = canonicalOrder.get(canonicalOrder.size() - 1);
        return plain(baseAmount.divide(base.factor()).stripTrailingZeros()) + " " + base.symbol();
    }

    /** The accepted symbols, for messages: "B, kB, MB or GB". */
    String symbolList() {
        List<String> symbols = accepted.stream().map(Unit::symbol).distinct().collect(Collectors.toList());
        if (symbols.size() == 1) {
            return symbols.get(0);
        }
        return String.join(", ", symbols.subList(0, symbols.size() - 1)) + " or " + symbols.get(symbols.size() - 1);
    }

    private String unknownUnit(String symbol) {
        String shown = "`" + printable(symbol) + "`";
        Optional<String> meant = Optional.ofNullable(commonMistakes.get(symbol))
                .or(() -> accepted.stream().map(Unit::symbol).filter(s -> s.equalsIgnoreCase(symbol)).findFirst());
        return meant.map(m -> "unknown unit " + shown + "; did you mean `" + m + "`?")
                .orElseGet(() -> "unknown unit " + shown + "; use " + symbolList());
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || cp == '`') {
                b.append('?');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        return v.toPlainString();
    }

    private static int numberLength(String candidate) {
        return candidate.indexOf(' ');
    }
}
