package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
import org.junit.jupiter.api.Test;

/** Sample statistics over 200 000 draws against the uniform's closed forms. */
class UniformTest {

    @Test
    void sampleStatisticsMatchTheClosedForm() {
        Uniform uniform = new Uniform(2, 5);
        Tally tally = Draws.of(uniform);
        assertTrue(tally.min() >= 2 && tally.max() <= 5);
        assertEquals(3.5, uniform.mean());
        assertEquals(3.5, tally.mean(), 0.01);
        assertEquals(9.0 / 12, tally.variance(), 0.006);
        assertEquals(2.3, tally.percentile(0.1), 0.01);
        assertEquals(3.5, tally.percentile(0.5), 0.01);
        assertEquals("uniform(2 to 5)", uniform.describe());
    }

    @Test
    void degenerateRangeIsAllowed() {
        assertEquals(4.0, new Uniform(4, 4).sample(new RandomStreams(1).stream("u")));
    }

    @Test
    void rejectsInvalidBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Uniform(5, 2));
        assertThrows(IllegalArgumentException.class, () -> new Uniform(Double.NaN, 2));
        assertThrows(IllegalArgumentException.class, () -> new Uniform(0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Uniform(-Double.MAX_VALUE, Double.MAX_VALUE));
    }
}
