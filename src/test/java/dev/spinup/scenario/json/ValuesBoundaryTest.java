package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole numbers and numbers at and just past their bounds, and the words each refusal uses. */
class ValuesBoundaryTest {

    private record Read<T>(T value, List<String> problems) {
    }

    private static Read<Integer> wholeNumber(String literal) {
        Problems problems = new Problems("v");
        ObjectView view = ObjectView.root(JsonTreeReader.withDefaultLimits().parse("{\"n\": " + literal + "}",
                problems), problems);
        int value = view.requiredInt("n", 1, 10);
        return new Read<>(value, problems.sorted().stream().map(p -> p.message()).toList());
    }

    private static Read<Double> number(String literal) {
        Problems problems = new Problems("v");
        ObjectView view = ObjectView.root(JsonTreeReader.withDefaultLimits().parse("{\"x\": " + literal + "}",
                problems), problems);
        double value = view.requiredDouble("x", 0.5, 2.5);
        return new Read<>(value, problems.sorted().stream().map(p -> p.message()).toList());
    }

    @Test
    void wholeNumbersAtTheirBoundsAreReadAndOnePastIsNot() {
        assertEquals(new Read<>(1, List.of()), wholeNumber("1"));
        assertEquals(new Read<>(10, List.of()), wholeNumber("10"));
        assertEquals(new Read<>(10, List.of()), wholeNumber("10.0"), "a whole number written with a point");
        assertEquals(new Read<>(10, List.of()), wholeNumber("1e1"));
        assertEquals(List.of("`n` must be between 1 and 10, not 0"), wholeNumber("0").problems());
        assertEquals(List.of("`n` must be between 1 and 10, not 11"), wholeNumber("11").problems());
        assertEquals(List.of("`n` must be between 1 and 10, not -1"), wholeNumber("-1").problems());
        assertEquals(List.of("`n` must be a whole number, not 0.5"), wholeNumber("0.5").problems());
        assertEquals(List.of("`n` must be a whole number, not 2.5"), wholeNumber("2.5").problems());
        assertEquals(List.of("`n` must be between 1 and 10, not 12345678901234567890"),
                wholeNumber("12345678901234567890").problems(), "past a long, still in plain words");
        assertEquals(List.of("`n` must be between 1 and 10, not 1234567890123456789"),
                wholeNumber("1234567890123456789").problems());
        assertEquals(List.of("`n` must be a whole number, not text \"5\""), wholeNumber("\"5\"").problems());
        assertEquals(1, wholeNumber("1").value(), "a placeholder is the minimum");
        assertEquals(1, wholeNumber("99").value(), "a refused value gives the placeholder, never the value");
    }

    @Test
    void numbersAtTheirBoundsAreReadAndOnePastIsNot() {
        assertEquals(new Read<>(0.5, List.of()), number("0.5"));
        assertEquals(new Read<>(2.5, List.of()), number("2.5"));
        assertEquals(List.of("`x` must be between 0.5 and 2.5, not 0.49999"), number("0.49999").problems());
        assertEquals(List.of("`x` must be between 0.5 and 2.5, not 2.50001"), number("2.50001").problems());
        assertEquals(List.of("`x` is too large to be used as a number: 1e400"), number("1e400").problems());
        assertEquals(List.of("`x` must be a number, not true"), number("true").problems());
    }

    @Test
    void aBoundThatIsOnlyTheTypesLimitIsNotNamed() {
        Problems problems = new Problems("v");
        ObjectView view = ObjectView.root(JsonTreeReader.withDefaultLimits().parse(
                "{\"low\": -5, \"high\": 99999999999999999999}", problems), problems);
        view.optionalLong("low", 0, 0, Long.MAX_VALUE);
        view.optionalLong("high", 0, Long.MIN_VALUE, 100);
        assertEquals(List.of("`low` must be at least 0, not -5", "`high` must be at most 100, not 99999999999999999999"),
                problems.sorted().stream().map(p -> p.message()).toList());
    }
}
