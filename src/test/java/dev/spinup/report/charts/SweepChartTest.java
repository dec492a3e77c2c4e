package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.StackColourKey;
import dev.spinup.report.style.Theme;
import dev.spinup.run.Metric;
import dev.spinup.run.SweepRange;
import dev.spinup.run.SweepResult;
import dev.spinup.run.SweptQuantity;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class SweepChartTest {

    private static final SweepResult SWEEP = sweep(true, List.of("fc", "docker"),
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
                assertEquals(ci.lower(), data.getStartYValue(2 * s, p));
                assertEquals(ci.upper(), data.getEndYValue(2 * s, p));
            }
        }
    }

    @Test
    void stacksKeepTheirFamilyColoursAndAGeometricSweepIsLogarithmicAndSaysSo() {
        XYPlot plot = Charts.forSweep(SWEEP, List.of(ChartScenarios.FIRECRACKER, ChartScenarios.DOCKER),
                Metric.STARTUP_P50, Theme.SCREEN).jfreeChart().orElseThrow().getXYPlot();
        // each stack has a series of points where all started and one where some were refused
        assertEquals(Palette.colourFor(StackColourKey.MICROVM), plot.getRenderer().getSeriesPaint(0));
        assertEquals(Palette.colourFor(StackColourKey.CONTAINER), plot.getRenderer().getSeriesPaint(2));
        assertInstanceOf(LogAxis.class, plot.getDomainAxis(), "values spread geometrically");
        assertEquals("Instances asked for (log scale)", plot.getDomainAxis().getLabel());
        assertEquals("Median start-up (s, log scale)", plot.getRangeAxis().getLabel(),
                "0.21 s to 40 s: more than a hundredfold");
    }

    @Test
    void anEvenlySpacedSweepIsLinearAndCountsAreGrouped() {
        SweepResult even = sweep(false, List.of("docker"), List.of("Docker"), List.of(
                point(500, Metric.READY, ci(500, 0, 1)), point(1000, Metric.READY, ci(1000, 0, 1)),
                point(1500, Metric.READY, ci(1290, 0, 1))));
        XYPlot plot = Charts.forSweep(even, Metric.READY, Theme.SCREEN).jfreeChart().orElseThrow().getXYPlot();
        NumberAxis x = assertInstanceOf(NumberAxis.class, plot.getDomainAxis());
        assertEquals("Instances asked for", x.getLabel());
        assertEquals("1 290", ((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride().format(1290));
        assertEquals("1 500", x.getNumberFormatOverride().format(1500));
    }

    @Test
    void pointsWhereTheHostRefusedInstancesAreASeriesOfTheirOwnWithHollowMarks() {
        Map<Metric, ConfidenceInterval> full = Map.of(Metric.STARTUP_P50, ci(15, 0.5, 3), Metric.REFUSED, ci(0, 0, 3));
        Map<Metric, ConfidenceInterval> refusing = Map.of(Metric.STARTUP_P50, ci(25, 0.5, 3),
                Metric.REFUSED, ci(40, 0, 3));
        SweepResult result = sweep(false, List.of("vm"), List.of("VM"), List.of(
                new SweepResult.Point(new SweepRange.SweepValue(10, "10"), List.of(full)),
                new SweepResult.Point(new SweepRange.SweepValue(50, "50"), List.of(full)),
                new SweepResult.Point(new SweepRange.SweepValue(100, "100"), List.of(refusing)),
                new SweepResult.Point(new SweepRange.SweepValue(150, "150"), List.of(refusing))));
        Chart chart = Charts.forSweep(result, Metric.STARTUP_P50, Theme.SCREEN);
        XYPlot plot = chart.jfreeChart().orElseThrow().getXYPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals("VM", data.getSeriesKey(0));
        assertEquals(2, data.getItemCount(0));
        assertEquals("VM" + SweepChart.REFUSED_SERIES, data.getSeriesKey(1));
        assertEquals(List.of(50.0, 100.0, 150.0), List.of(data.getXValue(1, 0), data.getXValue(1, 1),
                data.getXValue(1, 2)), "joined to the last point where all started");
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();
        assertTrue(renderer.getSeriesShapesFilled(0));
        assertFalse(renderer.getSeriesShapesFilled(1));
        assertTrue(BootTimelineChartTest.subtitles(chart.jfreeChart().get()).contains(SweepChart.REFUSED_NOTE));
        List<Map<String, String>> rows = csvRows(chart);
        assertEquals(List.of("0", "0", "40", "40"), rows.stream().map(r -> r.get("refused")).toList());
        Chart none = Charts.forSweep(SWEEP, Metric.STARTUP_P50, Theme.SCREEN);
        assertFalse(BootTimelineChartTest.subtitles(none.jfreeChart().get()).contains(SweepChart.REFUSED_NOTE));
        assertFalse(none.jfreeChart().get().getXYPlot().getRenderer().isSeriesVisibleInLegend(1),
                "an empty series has no legend entry");
    }

    @Test
    void oneReplicationGivesNoBandAndSaysSo() {
        SweepResult single = sweep(false, List.of("docker"), List.of("Docker"),
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

    private static SweepResult sweep(boolean geometric, List<String> ids, List<String> labels,
                                     List<SweepResult.Point> points) {
        SweepRange range = new SweepRange("sweep", points.stream().map(SweepResult.Point::value).toList(),
                SweepRange.Kind.COUNT, geometric);
        return new SweepResult(SweptQuantity.of("workload.instances"), range, ids, labels, points);
    }

    private static SweepResult.Point point(double x, Metric metric, ConfidenceInterval c) {
        return new SweepResult.Point(new SweepRange.SweepValue(x, Long.toString((long) x)), List.of(Map.of(metric, c)));
    }

    private static ConfidenceInterval ci(double mean, double halfWidth, int n) {
        return new ConfidenceInterval(mean, halfWidth, 0.95, n);
    }

    private static SweepResult.Point point(double x, ConfidenceInterval... byStack) {
        return new SweepResult.Point(new SweepRange.SweepValue(x, Long.toString((long) x)),
                java.util.Arrays.stream(byStack).map(c -> Map.of(Metric.STARTUP_P50, c)).toList());
    }
}
