package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
import org.junit.jupiter.api.Test;

class EmpiricalTest {

    @Test
    void samplesTheInterpolatedInverseCdf() {
        // Q(u) runs linearly 0 → 10 on u in [0, ½] and 10 → 100 on [½, 1]: mean ½·5 + ½·55 = 30.
        Empirical empirical = new Empirical(new double[] {100, 0, 10});
        assertEquals(30.0, empirical.mean(), 1e-12);
        Tally tally = Draws.of(empirical);
        assertTrue(tally.min() >= 0 && tally.max() <= 100);
        assertEquals(30.0, tally.mean(), 0.35);
        assertEquals(10.0, tally.percentile(0.5), 1.0);
        assertEquals(55.0, tally.percentile(0.75), 1.0);
        assertEquals(5.0, tally.percentile(0.25), 0.2);
        assertEquals("empirical(3 samples, median 10, range 0 to 100)", empirical.describe());
    }

    @Test
    void percentilesInterpolateBetweenSortedSamples() {
        Empirical empirical = new Empirical(new double[] {4, 1, 3, 2});
        assertEquals(2.2, empirical.percentile(0.4), 1e-12);
        assertEquals(1.0, empirical.percentile(0));
        assertEquals(4.0, empirical.percentile(1));
    }

    @Test
    void singleSampleIsAConstant() {
        Empirical one = new Empirical(new double[] {42});
        RandomStream stream = new RandomStreams(1).stream("e");
        for (int i = 0; i < 100; i++) {
            assertEquals(42.0, one.sample(stream));
        }
        assertEquals(42.0, one.mean());
    }

    @Test
    void isProtectedFromChangesToItsArrays() {
        double[] measured = {3, 1, 2};
        Empirical empirical = new Empirical(measured);
        measured[0] = 1000;
        double[] exposed = empirical.samples();
        exposed[2] = -1000;
        assertArrayEquals(new double[] {1, 2, 3}, empirical.samples());
        assertEquals(3, empirical.size());
    }

    @Test
    void equalityIsOverContent() {
        Empirical a = new Empirical(new double[] {3, 1, 2});
        Empirical b = new Empirical(new double[] {1, 2, 3});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Empirical(new double[] {1, 2, 4}));
        assertNotEquals(a, new Empirical(new double[] {1, 2, 3, 3}));
    }

    @Test
    void rejectsEmptyOrNonFiniteSamples() {
        assertThrows(IllegalArgumentException.class, () -> new Empirical(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new Empirical(null));
        assertThrows(IllegalArgumentException.class, () -> new Empirical(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new Empirical(new double[] {Double.POSITIVE_INFINITY}));
    }
}
