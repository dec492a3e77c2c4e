package dev.spinup.engine.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void percentilesFollowTheType7DefinitionOfRAndNumPy() {
        Tally oneToTen = tallyOf(10, 3, 7, 1, 9, 2, 8, 4, 6, 5);
        // R: quantile(1:10, c(0.5, 0.9, 0.95, 0.99)) -> 5.5 9.1 9.55 9.91
        assertEquals(5.5, oneToTen.percentile(0.5), 1e-12);
        assertEquals(9.1, oneToTen.percentile(0.9), 1e-12);
        assertEquals(9.55, oneToTen.percentile(0.95), 1e-12);
        assertEquals(9.91, oneToTen.percentile(0.99), 1e-12);
        // NumPy: np.percentile([1, 2, 3, 4], 40) -> 2.2
        assertEquals(2.2, tallyOf(4, 1, 3, 2).percentile(0.4), 1e-12);
        assertEquals(1.0, oneToTen.percentile(0));
        assertEquals(10.0, oneToTen.percentile(1));
    }

    @Test
    void momentsAndExtremesOfAKnownSample() {
        Tally tally = tallyOf(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, tally.count());
        assertEquals(5.0, tally.mean(), 1e-15);
        assertEquals(32.0 / 7, tally.variance(), 1e-14);
        assertEquals(Math.sqrt(32.0 / 7), tally.stdDev(), 1e-14);
        assertEquals(2.0, tally.min());
        assertEquals(9.0, tally.max());
    }

    @Test
    void welfordStaysAccurateWithALargeOffset() {
        // The textbook sum-of-squares formula loses every digit here; Welford's update does not.
        Tally tally = tallyOf(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
        assertEquals(1e9 + 10, tally.mean(), 1e-6);
        assertEquals(30.0, tally.variance(), 1e-6);
    }

    @Test
    void emptyTallySummarisesToCountZeroAndNaN() {
        TallySummary summary = new Tally().summary();
        assertEquals(0, summary.count());
        assertTrue(summary.isEmpty());
        assertTrue(Double.isNaN(summary.mean()));
        assertTrue(Double.isNaN(summary.stdDev()));
        assertTrue(Double.isNaN(summary.min()));
        assertTrue(Double.isNaN(summary.max()));
        assertTrue(Double.isNaN(summary.p50()));
        assertTrue(Double.isNaN(summary.p99()));
        assertTrue(Double.isNaN(new Tally().percentile(0.5)));
    }

    @Test
    void singleObservationHasNoSpread() {
        TallySummary summary = tallyOf(110).summary();
        assertEquals(1, summary.count());
        assertEquals(110.0, summary.mean());
        assertTrue(Double.isNaN(summary.stdDev()));
        assertEquals(110.0, summary.p50());
        assertEquals(110.0, summary.p99());
    }

    @Test
    void addingAfterASummaryIsReflectedInTheNextOne() {
        Tally tally = tallyOf(5, 1, 3);
        assertEquals(3.0, tally.summary().p50());
        tally.add(0);
        tally.add(-10);
        TallySummary summary = tally.summary();
        assertEquals(1.0, summary.p50());
        assertEquals(-10.0, summary.min());
        assertEquals(5, summary.count());
    }

    @Test
    void growsPastItsInitialCapacityWithoutLosingObservations() {
        Tally tally = new Tally();
        int n = 10_000;
        for (int i = n; i >= 1; i--) {
            tally.add(i);
        }
        assertEquals(n, tally.count());
        assertEquals((n + 1) / 2.0, tally.mean(), 1e-9);
        assertEquals(1 + 0.95 * (n - 1), tally.percentile(0.95), 1e-9);
        double[] sorted = tally.sortedValues();
        assertEquals(n, sorted.length);
        assertEquals(1.0, sorted[0]);
        assertEquals(n, sorted[n - 1]);
    }

    @Test
    void sortedValuesIsACopy() {
        Tally tally = tallyOf(3, 1, 2);
        double[] copy = tally.sortedValues();
        assertArrayEquals(new double[] {1, 2, 3}, copy);
        copy[0] = 99;
        assertEquals(1.0, tally.min());
        assertEquals(1.0, tally.percentile(0));
    }

    @Test
    void rejectsNonFiniteObservationsAndPercentsGivenAsWholeNumbers() {
        Tally tally = new Tally();
        assertThrows(IllegalArgumentException.class, () -> tally.add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> tally.add(Double.POSITIVE_INFINITY));
        assertEquals(0, tally.count());
        tally.add(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tally.percentile(99));
        assertTrue(e.getMessage().contains("0.99"), e.getMessage());
    }

    private static Tally tallyOf(double... values) {
        Tally tally = new Tally();
        for (double v : values) {
            tally.add(v);
        }
        return tally;
    }
}
