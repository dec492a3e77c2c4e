package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.lesson.Quantity;
import org.junit.jupiter.api.Test;

/** A count axis writes its ticks as the lesson's sentences write counts, so a slide never says both 1,400 and 1 400. */
class CountAxisTest {

    @Test
    void countTicksAreGroupedAsTheLessonTextsGroupCounts() {
        var format = ChartAxes.counts("instances").getNumberFormatOverride();
        for (long n : new long[] {0, 7, 400, 1_400, 12_000, 1_000_000}) {
            assertEquals(Quantity.count(n).format(), format.format(n), "tick " + n);
        }
    }
}
