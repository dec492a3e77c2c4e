package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
import org.junit.jupiter.api.Test;

/** Sample statistics over 200 000 draws against the exponential's closed forms. */
class ExponentialTest {

    @Test
    void sampleStatisticsMatchTheClosedForm() {
        Exponential exponential = new Exponential(5);
        Tally tally = Draws.of(exponential);
        assertTrue(tally.min() >= 0);
        assertEquals(5.0, tally.mean(), 0.06);
        assertEquals(25.0, tally.variance(), 0.6);
        assertEquals(5 * Math.log(2), exponential.median(), 1e-12);
        assertEquals(5 * Math.log(2), tally.percentile(0.5), 0.06);
        assertEquals(5 * Math.log(100), tally.percentile(0.99), 0.5);
        assertEquals("exponential(mean 5)", exponential.describe());
    }

    @Test
    void rejectsNonPositiveMeans() {
        assertThrows(IllegalArgumentException.class, () -> new Exponential(0));
        assertThrows(IllegalArgumentException.class, () -> new Exponential(-1));
        assertThrows(IllegalArgumentException.class, () -> new Exponential(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Exponential(Double.POSITIVE_INFINITY));
    }
}
