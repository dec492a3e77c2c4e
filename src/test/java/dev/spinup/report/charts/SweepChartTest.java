package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.StackColourKey;
import dev.spinup.report.style.Theme;
import dev.spinup.run.Metric;
import dev.spinup.run.SweepRange;
import dev.spinup.run.SweepResult;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class SweepChartTest {

    private static final SweepResult SWEEP = new SweepResult("instances", List.of("fc", "docker"),
            List.of("Firecracker", "Docker"), List.of(
                    point(5, ci(0.21, 0.01, 5), ci(0.9, 0.2, 5)),
                    point(100, ci(0.22, 0.01, 5), ci(4.5, 0.6, 5)),
                    point(1000, ci(0.25, 0.02, 5), ci(40, 3, 5))));

    @Test
    void eachPointIsTheMetricsMeanWithItsConfidenceBand() {
        Chart chart = Charts.forSweep(SWEEP, List.of(ChartScenarios.FIRECRACKER, ChartScenarios.DOCKER),
                Metric.STARTUP_P50, Theme.SCREEN);
        assertEquals("sweep-startup-p50", chart.slug().value());
        List<Map<String, String>> rows = csvRows(chart);
        assertEquals(6, rows.size());
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.jfreeChart().orElseThrow().getXYPlot()
                .getDataset();
        for (int s = 0; s < 2; s++) {
            for (int p = 0; p < 3; p++) {
                ConfidenceInterval ci = SWEEP.points().get(p).byStack().get(s).get(Metric.STARTUP_P50);
                Map<String, String> row = rows.get(s * 3 + p);
                assertEquals(SWEEP.stackIds().get(s), row.get("stack_id"));
                assertEquals(SWEEP.points().get(p).value().x(), number(row, "x"));
                assertEquals(ci.mean(), number(row, "mean"));
                assertEquals(ci.lower(), number(row, "ci_low"));
                assertEquals(ci.upper(), number(row, "ci_high"));
                assertEquals(ci.lower(), data.getStartYValue(s, p));
                assertEquals(ci.upper(), data.getEndYValue(s, p));
            }
        }
    }

    @Test
    void stacksKeepTheirFamilyColoursAndAWideSweepGoesLogarithmic() {
        XYPlot plot = Charts.forSweep(SWEEP, List.of(ChartScenarios.FIRECRACKER, ChartScenarios.DOCKER),
                Metric.STARTUP_P50, Theme.SCREEN).jfreeChart().orElseThrow().getXYPlot();
        assertEquals(Palette.colourFor(StackColourKey.MICROVM), plot.getRenderer().getSeriesPaint(0));
        assertEquals(Palette.colourFor(StackColourKey.CONTAINER), plot.getRenderer().getSeriesPaint(1));
        assertInstanceOf(LogAxis.class, plot.getDomainAxis(), "5 to 1000 instances: more than a hundredfold");
        assertEquals("Median start-up (s)", plot.getRangeAxis().getLabel());
    }

    @Test
    void oneReplicationGivesNoBandAndSaysSo() {
        SweepResult single = new SweepResult("instances", List.of("docker"), List.of("Docker"),
                List.of(point(10, ci(1.0, Double.POSITIVE_INFINITY, 1)), point(20, ci(2.0, Double.POSITIVE_INFINITY, 1))));
        Chart chart = Charts.forSweep(single, Metric.STARTUP_P50, Theme.SCREEN);
        List<Map<String, String>> rows = csvRows(chart);
        assertEquals("", rows.get(0).get("ci_low"));
        assertEquals("", rows.get(0).get("ci_high"));
        assertEquals("1", rows.get(0).get("n"));
        var data = (YIntervalSeriesCollection) chart.jfreeChart().orElseThrow().getXYPlot().getDataset();
        assertEquals(1.0, data.getStartYValue(0, 0));
        assertEquals(1.0, data.getEndYValue(0, 0));
        assertTrue(BootTimelineChartTest.subtitles(chart.jfreeChart().get()).contains(SweepChart.NO_BAND));
    }

    private static ConfidenceInterval ci(double mean, double halfWidth, int n) {
        return new ConfidenceInterval(mean, halfWidth, 0.95, n);
    }

    private static SweepResult.Point point(double x, ConfidenceInterval... byStack) {
        return new SweepResult.Point(new SweepRange.SweepValue(x, Long.toString((long) x)),
                java.util.Arrays.stream(byStack).map(c -> Map.of(Metric.STARTUP_P50, c)).toList());
    }
}
