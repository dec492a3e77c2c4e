package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
import org.junit.jupiter.api.Test;

/** The primitive draws of one stream, checked statistically over 200 000 draws with a fixed seed. */
class RandomStreamTest {

    private static final int N = 200_000;

    private final RandomStream stream = new RandomStreams(2024).stream("primitives");

    @Test
    void nextDoubleIsUniformOnTheHalfOpenUnitInterval() {
        Tally tally = new Tally();
        for (int i = 0; i < N; i++) {
            double u = stream.nextDouble();
            assertTrue(u >= 0 && u < 1, "out of [0, 1): " + u);
            tally.add(u);
        }
        assertEquals(0.5, tally.mean(), 0.003);
        assertEquals(1.0 / 12, tally.variance(), 0.001);
        assertEquals(0.1, tally.percentile(0.1), 0.004);
        assertEquals(0.9, tally.percentile(0.9), 0.004);
    }

    @Test
    void nextPositiveDoubleIsNeverZero() {
        for (int i = 0; i < N; i++) {
            double u = stream.nextPositiveDouble();
            assertTrue(u > 0 && u <= 1, "out of (0, 1]: " + u);
        }
    }

    @Test
    void nextIntIsUniformOverSmallBounds() {
        int bound = 7;
        int draws = 70_000;
        int[] counts = new int[bound];
        for (int i = 0; i < draws; i++) {
            counts[stream.nextInt(bound)]++;
        }
        double expected = draws / (double) bound;
        double chiSquare = 0;
        for (int count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 22.46 is the 99.9th percentile of chi-square with 6 degrees of freedom.
        assertTrue(chiSquare < 22.46, "chi-square " + chiSquare);
    }

    @Test
    void nextIntHasNoModuloBiasForLargeBounds() {
        // 2³² is 2⅔ times this bound, so "random % bound" would put 3/4 of draws below 2/3 of the bound.
        int bound = 3 << 29;
        int below = 0;
        for (int i = 0; i < N; i++) {
            int value = stream.nextInt(bound);
            assertTrue(value >= 0 && value < bound);
            if (value < bound / 3 * 2) {
                below++;
            }
        }
        assertEquals(2.0 / 3, below / (double) N, 0.005);
    }

    @Test
    void nextIntEdgeBounds() {
        for (int i = 0; i < 100; i++) {
            assertEquals(0, stream.nextInt(1));
            int big = stream.nextInt(Integer.MAX_VALUE);
            assertTrue(big >= 0 && big < Integer.MAX_VALUE);
        }
        assertThrows(IllegalArgumentException.class, () -> stream.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> stream.nextInt(-5));
    }

    @Test
    void nextGaussianIsStandardNormal() {
        Tally tally = new Tally();
        int inside = 0;
        for (int i = 0; i < N; i++) {
            double z = stream.nextGaussian();
            tally.add(z);
            if (Math.abs(z) <= 1.959963984540054) {
                inside++;
            }
        }
        assertEquals(0.0, tally.mean(), 0.011);
        assertEquals(1.0, tally.variance(), 0.016);
        assertEquals(0.95, inside / (double) N, 0.0025);
        assertEquals(2.3263478740408408, tally.percentile(0.99), 0.03);
        assertEquals(-2.3263478740408408, tally.percentile(0.01), 0.03);
    }
}
