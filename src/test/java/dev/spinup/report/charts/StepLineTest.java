package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thinned step line keeps, per span, the first, lowest, highest and last points, and so the drawn envelope. */
class StepLineTest {

    @Test
    void thinningKeepsEachSpansFirstLowestHighestAndLast() {
        // 100 000 changes over 100 s: a sawtooth 0..99 each second.
        List<StepLine.Point> points = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            points.add(new StepLine.Point(i / 1000.0, i % 1000 / 10));
        }
        StepLine line = StepLine.of(points);
        StepLine thinned = line.thinned(100);
        List<StepLine.Point> kept = thinned.points();
        assertTrue(kept.size() <= 400, "at most four points a span: " + kept.size());
        assertEquals(points.get(0), kept.get(0));
        assertEquals(points.get(points.size() - 1), kept.get(kept.size() - 1));
        for (int second = 0; second < 100; second++) {
            int s = second;
            List<StepLine.Point> inSpan = kept.stream().filter(p -> (int) Math.floor(p.x() + 1e-9) == s).toList();
            assertEquals(0, inSpan.stream().mapToDouble(StepLine.Point::y).min().orElseThrow(), "span " + s);
            assertEquals(99, inSpan.stream().mapToDouble(StepLine.Point::y).max().orElseThrow(), "span " + s);
        }
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(kept.get(i).x() >= kept.get(i - 1).x(), "in time order");
        }
    }

    @Test
    void aShortLineIsDrawnAsItIs() {
        StepLine line = StepLine.of(List.of(new StepLine.Point(0, 1), new StepLine.Point(1, 2)));
        assertSame(line, line.thinned(100));
    }
}
