package dev.spinup.scenario.json;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.scenario.unit.DataRateText;
import dev.spinup.scenario.unit.DataSizeText;
import dev.spinup.scenario.unit.DurationText;
import dev.spinup.scenario.unit.ParseResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts one node to a typed value, recording a problem (and returning empty) when it cannot; shared by
 * {@link ObjectView} and {@link ArrayView}. Messages name the value by its {@link JsonPath#label()}.
 */
final class Values {

    private Values() {
    }

    static Optional<String> string(JsonNode node, Problems problems) {
        if (node instanceof StringNode s) {
            return Optional.of(s.value());
        }
        return wrongType(node, "text", problems);
    }

    static Optional<Long> wholeNumber(JsonNode node, long min, long max, Problems problems) {
        if (!(node instanceof NumberNode number)) {
            return wrongType(node, "a whole number", problems);
        }
        BigDecimal value = number.decimal();
        String label = node.path().label();
        if (value.signum() != 0 && value.precision() - value.scale() <= 0) {
            return fail(node, label + " must be a whole number, not " + shown(number), problems);
        }
        if (value.precision() - value.scale() > 19) {
            return outOfRange(node, min, max, problems);
        }
        long exact;
        try {
            exact = value.longValueExact();
        } catch (ArithmeticException fractionOrOverflow) {
            if (value.stripTrailingZeros().scale() > 0) {
                return fail(node, label + " must be a whole number, not " + shown(number), problems);
            }
            return outOfRange(node, min, max, problems);
        }
        if (exact < min || exact > max) {
            return outOfRange(node, min, max, problems);
        }
        return Optional.of(exact);
    }

    static Optional<Double> number(JsonNode node, double min, double max, Problems problems) {
        if (!(node instanceof NumberNode number)) {
            return wrongType(node, "a number", problems);
        }
        double value = number.decimal().doubleValue();
        if (Double.isInfinite(value)) {
            return fail(node, node.path().label() + " is too large to be used as a number: " + shown(number), problems);
        }
        if (value < min || value > max) {
            return fail(node, node.path().label() + " must be " + range(plain(min), plain(max), min, max,
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, value > max) + ", not " + shown(number),
                    problems);
        }
        return Optional.of(value);
    }

    static Optional<Boolean> bool(JsonNode node, Problems problems) {
        if (node instanceof BooleanNode b) {
            return Optional.of(b.value());
        }
        return wrongType(node, "true or false", problems);
    }

    static Optional<DataSize> dataSize(JsonNode node, Problems problems) {
        return quantity(node, "a size", DataSizeText.EXAMPLES, DataSizeText::parse, problems);
    }

    static Optional<Duration> duration(JsonNode node, Problems problems) {
        return quantity(node, "a duration", DurationText.EXAMPLES, DurationText::parse, problems);
    }

    static Optional<DataRate> dataRate(JsonNode node, Problems problems) {
        return quantity(node, "a data rate", DataRateText.EXAMPLES, DataRateText::parse, problems);
    }

    static <E extends Enum<E>> Optional<E> enumValue(JsonNode node, Class<E> type, Problems problems) {
        List<String> names = EnumNames.all(type);
        String expected = "one of " + names.stream().map(Quote::name).collect(Collectors.joining(", "));
        if (!(node instanceof StringNode s)) {
            return wrongType(node, expected, problems);
        }
        Optional<E> value = EnumNames.parse(type, s.value());
        if (value.isEmpty()) {
            String hint = Suggestions.closest(s.value(), names).map(m -> "; did you mean " + Quote.name(m) + "?")
                    .orElse("");
            return fail(node, node.path().label() + " must be " + expected + ", not " + Quote.text(s.value()) + hint,
                    problems);
        }
        return value;
    }

    static Optional<ObjectNode> object(JsonNode node, Problems problems) {
        if (node instanceof ObjectNode o) {
            return Optional.of(o);
        }
        return wrongType(node, "an object { ... }", problems);
    }

    static Optional<ArrayNode> array(JsonNode node, Problems problems) {
        if (node instanceof ArrayNode a) {
            return Optional.of(a);
        }
        return wrongType(node, "an array [ ... ]", problems);
    }

    private static <T> Optional<T> quantity(JsonNode node, String what, String examples,
                                            Function<String, ParseResult<T>> parser, Problems problems) {
        String label = node.path().label();
        if (node instanceof NumberNode number) {
            return fail(node, label + " must be " + what + " with a unit, such as " + examples + ", not the bare number "
                    + shown(number), problems);
        }
        if (!(node instanceof StringNode s)) {
            return wrongType(node, what + " such as " + examples, problems);
        }
        ParseResult<T> parsed = parser.apply(s.value());
        if (parsed instanceof ParseResult.Failed<T> failed) {
            return fail(node, label + " must be " + what + " such as " + examples + ", not " + Quote.text(s.value())
                    + ": " + failed.reason(), problems);
        }
        return parsed.toOptional();
    }

    private static <T> Optional<T> outOfRange(JsonNode node, long min, long max, Problems problems) {
        NumberNode number = (NumberNode) node;
        boolean tooLarge = number.decimal().signum() > 0 && (max < 0 || number.decimal().compareTo(BigDecimal.valueOf(max)) > 0);
        return fail(node, node.path().label() + " must be " + range(Long.toString(min), Long.toString(max), min, max,
                Long.MIN_VALUE, Long.MAX_VALUE, tooLarge) + ", not " + shown(number), problems);
    }

    /** "between 1 and 10", or only the bound that was crossed when the other one is just the type's limit. */
    private static String range(String minText, String maxText, double min, double max, double lowest,
                                double highest, boolean tooLarge) {
        boolean hasMin = min != lowest;
        boolean hasMax = max != highest;
        if (hasMin && hasMax) {
            return "between " + minText + " and " + maxText;
        }
        return tooLarge ? "at most " + maxText : "at least " + minText;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String shown(NumberNode number) {
        return Quote.escape(number.literal(), '"');
    }

    private static <T> Optional<T> wrongType(JsonNode node, String expected, Problems problems) {
        return fail(node, node.path().label() + " must be " + expected + ", not " + node.describe(), problems);
    }

    private static <T> Optional<T> fail(JsonNode node, String message, Problems problems) {
        problems.add(node, message);
        return Optional.empty();
    }
}
