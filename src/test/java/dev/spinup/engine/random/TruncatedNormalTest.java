package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reference means computed with mpmath at 60 digits: mu + φ(c) / Φ(-c), c = -mu / sigma. */
class TruncatedNormalTest {

    @Test
    void halfNormalMatchesItsClosedForms() {
        TruncatedNormal half = new TruncatedNormal(0, 1);
        assertEquals(Math.sqrt(2 / Math.PI), half.mean(), 1e-13);
        Tally tally = Draws.of(half);
        assertTrue(tally.min() >= 0);
        assertEquals(Math.sqrt(2 / Math.PI), tally.mean(), 0.007);
        // The half-normal's median is Φ⁻¹(0.75).
        assertEquals(0.6744897501960817, tally.percentile(0.5), 0.009);
    }

    @Test
    void mostlyPositiveNormalIsBarelyChanged() {
        TruncatedNormal boot = new TruncatedNormal(100, 10);
        assertEquals(100.0, boot.mean(), 1e-9);
        Tally tally = Draws.of(boot);
        assertTrue(tally.min() >= 0);
        assertEquals(100.0, tally.mean(), 0.12);
        assertEquals(10.0, tally.stdDev(), 0.1);
        assertEquals("normal(mean 100, sd 10) truncated at 0", boot.describe());
    }

    @Test
    void negativeLocationUsesTheTailSamplerAndStaysNonNegative() {
        TruncatedNormal tail = new TruncatedNormal(-3, 1);
        assertEquals(0.28309865493043650693, tail.mean(), 1e-12);
        Tally tally = Draws.of(tail);
        assertTrue(tally.min() >= 0);
        assertEquals(0.28309865493043650693, tally.mean(), 0.003);
    }

    @Test
    void veryNegativeLocationIsStillSampledQuickly() {
        TruncatedNormal far = new TruncatedNormal(-50, 1);
        assertEquals(0.019984031905639809412, far.mean(), 1e-9 * 0.02);
        Tally tally = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Draws.of(far));
        assertTrue(tally.min() >= 0);
        assertEquals(0.019984031905639809412, tally.mean(), 2.5e-4);

        RandomStream stream = new RandomStreams(1).stream("extreme");
        TruncatedNormal absurd = new TruncatedNormal(-1, 1e-300);
        double value = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> absurd.sample(stream));
        assertTrue(value >= 0 && value < 1e-250, "value " + value);
    }

    @Test
    void meanIsContinuousWhereTheAsymptoticSeriesTakesOver() {
        double direct = new TruncatedNormal(-37, 1).mean();
        double series = new TruncatedNormal(Math.nextDown(-37.0), 1).mean();
        assertEquals(0.026987686126990096026, direct, 1e-9 * direct);
        assertEquals(0.026987686126990096026, series, 1e-9 * series);
        assertEquals(0.0049997500312442201285, new TruncatedNormal(-200, 1).mean(), 1e-12);
    }

    @Test
    void rejectsInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> new TruncatedNormal(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new TruncatedNormal(10, -1));
        assertThrows(IllegalArgumentException.class, () -> new TruncatedNormal(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new TruncatedNormal(10, Double.POSITIVE_INFINITY));
    }
}
