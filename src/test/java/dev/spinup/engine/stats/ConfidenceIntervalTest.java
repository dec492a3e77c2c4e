package dev.spinup.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void fiveReplicationsByHand() {
        // mean 3, s = √2.5, t(0.975, 4) = 2.7764451051977934 (SciPy): half width 2.7764 · √2.5 / √5.
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {1, 2, 3, 4, 5}, 0.95);
        double halfWidth = 2.7764451051977934 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3.0, ci.mean(), 1e-15);
        assertEquals(halfWidth, ci.halfWidth(), 1e-12);
        assertEquals(3.0 - halfWidth, ci.lower(), 1e-12);
        assertEquals(3.0 + halfWidth, ci.upper(), 1e-12);
        assertEquals(5, ci.n());
        assertEquals(0.95, ci.level());
    }

    @Test
    void higherLevelGivesWiderInterval() {
        double[] means = {10.2, 9.7, 10.9, 10.1, 9.8, 10.4};
        assertTrue(ConfidenceInterval.of(means, 0.99).halfWidth() > ConfidenceInterval.of(means, 0.95).halfWidth());
        assertTrue(ConfidenceInterval.of(means, 0.95).halfWidth() > ConfidenceInterval.of(means, 0.80).halfWidth());
    }

    @Test
    void oneReplicationGivesAnUnboundedInterval() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {42}, 0.95);
        assertEquals(42.0, ci.mean());
        assertEquals(Double.POSITIVE_INFINITY, ci.halfWidth());
        assertEquals(Double.NEGATIVE_INFINITY, ci.lower());
        assertTrue(ci.contains(-1e300));
    }

    @Test
    void identicalReplicationsGiveZeroWidth() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {7, 7, 7}, 0.95);
        assertEquals(0.0, ci.halfWidth());
        assertTrue(ci.contains(7));
        assertFalse(ci.contains(7.000001));
    }

    @Test
    void ninetyFivePercentIntervalsCoverTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        // An independent generator (not the engine's streams) so this tests only the interval.
        SplittableRandom random = new SplittableRandom(20240601L);
        double trueMean = 50;
        int intervals = 2000;
        int covered = 0;
        for (int i = 0; i < intervals; i++) {
            double[] sample = new double[10];
            for (int j = 0; j < sample.length; j++) {
                sample[j] = trueMean + 8 * gaussian(random);
            }
            if (ConfidenceInterval.of(sample, 0.95).contains(trueMean)) {
                covered++;
            }
        }
        double coverage = covered / (double) intervals;
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }

    /** Marsaglia's polar method, written out so the test does not lean on the code under test. */
    private static double gaussian(SplittableRandom random) {
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(new double[0], 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(new double[] {1, 2}, 95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(new double[] {1, Double.NaN}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(1, -1, 0.95, 3));
        assertThrows(IllegalArgumentException.class, () -> new ConfidenceInterval(1, 1, 0.95, 0));
    }
}
