package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class StartupCdfChartTest {

    @Test
    void xIsTheSortedStartupsAndTheLastPointIsOne() {
        RunResult result = LessonRuns.bootStorm();
        List<Map<String, String>> rows = csvRows(StartupCdfChart.of(result, Theme.SCREEN));
        for (ArmResult arm : result.arms()) {
            double[] expected = arm.instances().stream().filter(InstanceResult::becameReady)
                    .mapToLong(InstanceResult::startupNanos).sorted().mapToDouble(n -> n / 1e9).toArray();
            List<Map<String, String>> mine = rows.stream()
                    .filter(r -> r.get("stack_id").equals(arm.stack().id())).toList();
            assertArrayEquals(expected, mine.stream().mapToDouble(r -> number(r, "startup_s")).toArray());
            assertEquals(1.0, number(mine.get(mine.size() - 1), "cumulative_fraction"));
            assertEquals(1.0 / expected.length, number(mine.get(0), "cumulative_fraction"), 1e-15);
        }
    }

    @Test
    void theTimeAxisGoesLogarithmicOnlyWhenTimesSpanMoreThanAHundredfold() {
        // Boot storm: Firecracker ~0.2 s against KVM ~25 s. Hello: one container ~0.5 s, one VM ~14 s.
        XYPlot storm = StartupCdfChart.of(LessonRuns.bootStorm(), Theme.SCREEN).jfreeChart().orElseThrow()
                .getXYPlot();
        XYPlot hello = StartupCdfChart.of(LessonRuns.hello(), Theme.SCREEN).jfreeChart().orElseThrow()
                .getXYPlot();
        assertInstanceOf(LogAxis.class, storm.getDomainAxis());
        assertInstanceOf(NumberAxis.class, hello.getDomainAxis());
    }

    @Test
    void dashedLinesMarkTheMedianAndThe99thPercentile() {
        XYPlot plot = StartupCdfChart.of(LessonRuns.hello(), Theme.SCREEN).jfreeChart().orElseThrow().getXYPlot();
        List<Double> at = plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).toList();
        assertEquals(List.of(0.5, 0.99), at);
    }
}
