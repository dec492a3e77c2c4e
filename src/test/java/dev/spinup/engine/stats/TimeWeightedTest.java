package dev.spinup.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {

    private static final long MS = 1_000_000L;

    @Test
    void queueLengthStepFunction() {
        // 0 for 10 ms, 2 for 20 ms, 5 for 5 ms, 1 for 15 ms: area 0 + 40 + 25 + 15 = 80 over 50 ms.
        TimeWeighted queue = new TimeWeighted(0, 0);
        queue.update(10 * MS, 2);
        queue.update(30 * MS, 5);
        queue.update(35 * MS, 1);
        TimeWeightedSummary summary = queue.summary(50 * MS);
        assertEquals(80.0 / 50, summary.mean(), 1e-12);
        assertEquals(0.0, summary.min());
        assertEquals(5.0, summary.max());
        assertEquals(50 * MS, summary.durationNanos());
    }

    @Test
    void startTimeOtherThanZero() {
        // Memory in use: 4 GiB from t = 100 ms to 300 ms, then 6 GiB until 400 ms: (4·200 + 6·100) / 300.
        TimeWeighted memory = new TimeWeighted(100 * MS, 4);
        memory.update(300 * MS, 6);
        TimeWeightedSummary summary = memory.summary(400 * MS);
        assertEquals(1400.0 / 300, summary.mean(), 1e-12);
        assertEquals(4.0, summary.min());
        assertEquals(6.0, summary.max());
        assertEquals(300 * MS, summary.durationNanos());
    }

    @Test
    void valueReplacedAtTheSameInstantCountsForNothing() {
        TimeWeighted queue = new TimeWeighted(0, 1);
        queue.update(10 * MS, 100);
        queue.update(10 * MS, 3);
        TimeWeightedSummary summary = queue.summary(20 * MS);
        assertEquals((1 * 10 + 3 * 10) / 20.0, summary.mean(), 1e-12);
        assertEquals(3.0, summary.max());
        assertEquals(1.0, summary.min());
    }

    @Test
    void summaryMidRunLeavesTheAccumulatorUnchanged() {
        TimeWeighted level = new TimeWeighted(0, 2);
        assertEquals(2.0, level.summary(10 * MS).mean(), 1e-12);
        level.update(10 * MS, 4);
        assertEquals(3.0, level.summary(20 * MS).mean(), 1e-12);
        assertEquals(3.0, level.summary(20 * MS).mean(), 1e-12);
        assertEquals(10.0 / 3, level.summary(30 * MS).mean(), 1e-12);
        assertEquals(4.0, level.value());
    }

    @Test
    void updateExactlyAtTheEndDoesNotEnterTheStatistics() {
        TimeWeighted level = new TimeWeighted(0, 2);
        level.update(10 * MS, 50);
        TimeWeightedSummary summary = level.summary(10 * MS);
        assertEquals(2.0, summary.mean(), 1e-12);
        assertEquals(2.0, summary.max());
    }

    @Test
    void zeroLengthWindowHasNoStatistics() {
        TimeWeightedSummary summary = new TimeWeighted(5 * MS, 7).summary(5 * MS);
        assertEquals(0, summary.durationNanos());
        assertTrue(Double.isNaN(summary.mean()));
        assertTrue(Double.isNaN(summary.min()));
        assertTrue(Double.isNaN(summary.max()));
    }

    @Test
    void rejectsTimeGoingBackwardsAndNonFiniteValues() {
        TimeWeighted level = new TimeWeighted(0, 0);
        level.update(10 * MS, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> level.update(9 * MS, 2));
        assertTrue(e.getMessage().contains("backwards"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> level.summary(5 * MS));
        assertThrows(IllegalArgumentException.class, () -> level.update(20 * MS, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new TimeWeighted(0, Double.POSITIVE_INFINITY));
        assertEquals(1.0, level.value());
    }
}
