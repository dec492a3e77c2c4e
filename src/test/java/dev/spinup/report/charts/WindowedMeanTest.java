package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.run.StepSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowedMeanTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachWindowGetsTheShareOfItsTimeTheSeriesSpentAtEachValue() {
        // Busy from 0.5 s to 1.25 s, then again from 2 s to the end at 2.5 s.
        StepSeries busy = new StepSeries.Builder().set(SECOND / 2, 1).set(SECOND + SECOND / 4, 0)
                .set(2 * SECOND, 1).build();
        List<StepLine.Point> points = WindowedMean.of(busy, SECOND, 5 * SECOND / 2, 100);
        assertEquals(List.of(new StepLine.Point(0, 50), new StepLine.Point(1, 25), new StepLine.Point(2, 100)),
                points);
    }

    @Test
    void aSliverAtTheEndJoinsTheLastWindowInsteadOfSpiking() {
        // Idle for 3 s, then busy for the last 5 ms: a 5 ms window of its own would read 100 %.
        StepSeries busy = new StepSeries.Builder().set(3 * SECOND, 1).build();
        List<StepLine.Point> points = WindowedMean.of(busy, SECOND, 3 * SECOND + 5_000_000, 100);
        assertEquals(3, points.size());
        assertEquals(2, points.get(2).x());
        assertEquals(100 * 0.005 / 1.005, points.get(2).y(), 1e-12);
    }

    @Test
    void windowsAreRoundAndAboutAHundredAndTwentyToARun() {
        assertEquals(500_000_000L, WindowedMean.windowFor(61 * SECOND));
        assertEquals(100_000_000L, WindowedMean.windowFor(14 * SECOND));
        assertEquals(200_000_000L, WindowedMean.windowFor(30 * SECOND));
        assertEquals(1, WindowedMean.windowFor(0));
    }
}
