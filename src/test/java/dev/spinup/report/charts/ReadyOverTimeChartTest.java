package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.style.Palette;
import dev.spinup.report.style.StackColourKey;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.StepSeries;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ReadyOverTimeChartTest {

    @Test
    void theTableHoldsEveryChangeOfEveryStacksReadyCount() {
        RunResult result = LessonRuns.bootStorm();
        List<Map<String, String>> rows = csvRows(ReadyOverTimeChart.of(result, Theme.SCREEN));
        for (ArmResult arm : result.arms()) {
            List<Map<String, String>> mine = rows.stream()
                    .filter(r -> r.get("stack_id").equals(arm.stack().id())).toList();
            StepSeries ready = arm.readyOverTime();
            for (int i = 0; i < ready.size(); i++) {
                double t = ready.timeAt(i) / 1e9;
                double v = ready.valueAt(i);
                assertTrue(mine.stream().anyMatch(r -> number(r, "time_s") == t && number(r, "ready") == v),
                        arm.stack().id() + " misses the change to " + v + " at " + t);
            }
            assertEquals(0, number(mine.get(0), "time_s"), "every line starts at zero");
            assertEquals(ready.last(), number(mine.get(mine.size() - 1), "ready"));
        }
    }

    @Test
    void everyLineIsHeldToTheEndOfTheLongestArm() {
        RunResult result = LessonRuns.bootStorm();
        double end = result.arms().stream().mapToLong(ArmResult::endNanos).max().orElseThrow() / 1e9;
        List<Map<String, String>> rows = csvRows(ReadyOverTimeChart.of(result, Theme.SCREEN));
        for (ArmResult arm : result.arms()) {
            double last = rows.stream().filter(r -> r.get("stack_id").equals(arm.stack().id()))
                    .mapToDouble(r -> number(r, "time_s")).max().orElseThrow();
            assertEquals(end, last, arm.stack().id());
        }
    }

    @Test
    void eachStackKeepsItsColourOnOneAxis() {
        Chart chart = ReadyOverTimeChart.of(LessonRuns.bootStorm(), Theme.SCREEN);
        XYPlot plot = chart.jfreeChart().orElseThrow().getXYPlot();
        assertEquals(3, plot.getDataset().getSeriesCount());
        assertEquals(Palette.colourFor(StackColourKey.MICROVM), plot.getRenderer().getSeriesPaint(0));
        assertEquals(Palette.colourFor(StackColourKey.CONTAINER), plot.getRenderer().getSeriesPaint(1));
        assertEquals(Palette.colourFor(StackColourKey.VM_TYPE1), plot.getRenderer().getSeriesPaint(2));
        assertEquals(ReadyOverTimeChart.VALUE_AXIS, plot.getRangeAxis().getLabel());
    }
}
