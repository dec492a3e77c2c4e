package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.lesson.Figures;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.scenario.text.FigureKind;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class PhaseBreakdownChartTest {

    @Test
    void rowsAddUpToTheMeanTimePerPhaseAndBarsToTheirSegments() {
        RunResult result = LessonRuns.bootStorm();
        Chart chart = PhaseBreakdownChart.of(result, Theme.SCREEN);
        List<Map<String, String>> rows = csvRows(chart);
        CategoryDataset bars = chart.jfreeChart().orElseThrow().getCategoryPlot().getDataset();
        for (ArmResult arm : result.arms()) {
            List<Map<String, String>> mine = rows.stream()
                    .filter(r -> r.get("stack_id").equals(arm.stack().id())).toList();
            Figures figures = Figures.of(result);
            for (String kind : mine.stream().map(r -> r.get("phase")).distinct().toList()) {
                // a bar's mean weighs as many instances as went through the phase in it
                Map<String, double[]> perBar = new java.util.HashMap<>();
                mine.stream().filter(r -> r.get("phase").equals(kind)).forEach(r -> {
                    double[] bar = perBar.computeIfAbsent(r.get("starts"), k -> new double[2]);
                    bar[0] += number(r, "mean_s");
                    bar[1] = number(r, "instances");
                });
                double phase = perBar.values().stream().mapToDouble(b -> b[0] * b[1]).sum()
                        / perBar.values().stream().mapToDouble(b -> b[1]).sum();
                double figure = figures.value(arm.stack().id(), FigureKind.PHASE,
                        FigureKind.kebab(PhaseKind.valueOf(kind))).value() / 1e9;
                assertEquals(figure, phase, 1e-9, "the segments of " + kind + " add up to its mean");
            }
            double tableTotal = mine.stream().mapToDouble(r -> number(r, "mean_s")).sum();
            double barTotal = 0;
            for (int row = 0; row < bars.getRowCount(); row++) {
                for (int bar = 0; bar < bars.getColumnCount(); bar++) {
                    if (bars.getColumnKey(bar).toString().startsWith(arm.stack().label())) {
                        barTotal += bars.getValue(row, bar).doubleValue();
                    }
                }
            }
            assertEquals(tableTotal, barTotal, 1e-9, arm.stack().id());
        }
    }

    @Test
    void dockersQueueOnItsDaemonLockIsASegmentOfItsOwn() {
        RunResult result = LessonRuns.lesson("boot-storm");
        Chart chart = PhaseBreakdownChart.of(result, Theme.SCREEN);
        CategoryDataset bars = chart.jfreeChart().orElseThrow().getCategoryPlot().getDataset();
        String lock = "waiting for the container engine daemon's lock";
        int docker = bars.getColumnIndex("Containers (Docker)");
        assertTrue(bars.getRowKeys().contains(lock), bars.getRowKeys().toString());
        double waited = bars.getValue(lock, "Containers (Docker)").doubleValue();
        double total = 0;
        for (int row = 0; row < bars.getRowCount(); row++) {
            total += bars.getValue(row, docker).doubleValue();
        }
        assertTrue(waited > 0.5 * total, "the lock is most of a storm's Docker start: " + waited + " of " + total);
        assertTrue(csvRows(chart).stream().anyMatch(r -> r.get("segment").equals(lock)
                && r.get("kind").equals("wait") && number(r, "mean_s") > 0));
    }

    @Test
    void coldAndWarmStartsGetABarEach() {
        RunResult result = LessonRuns.lesson("cold-vs-warm");
        CategoryDataset bars = PhaseBreakdownChart.of(result, Theme.SCREEN).jfreeChart().orElseThrow()
                .getCategoryPlot().getDataset();
        String cold = "Docker" + PhaseBreakdownChart.Starts.COLD.suffix;
        String warm = "Docker" + PhaseBreakdownChart.Starts.WARM.suffix;
        String pull = PhaseFamily.IMAGE_PULL.label();
        double coldPull = bars.getValue(pull, cold).doubleValue();
        double warmPull = bars.getValue(pull, warm).doubleValue();
        assertTrue(coldPull > 10 * warmPull, "cold pull " + coldPull + " s, warm " + warmPull + " s");
    }

    @Test
    void guestOsInitDominatesAFullVmAndSetupAContainer() {
        RunResult result = LessonRuns.hello();
        CategoryPlot plot = PhaseBreakdownChart.of(result, Theme.SCREEN).jfreeChart().orElseThrow()
                .getCategoryPlot();
        CategoryDataset bars = plot.getDataset();
        int vm = bars.getColumnIndex("KVM + Ubuntu");
        int docker = bars.getColumnIndex("Docker");
        assertTrue(largest(bars, vm).equals(PhaseFamily.GUEST_OS.label()), largest(bars, vm));
        assertTrue(largest(bars, docker).equals(PhaseFamily.CONTAINER_SETUP.label()), largest(bars, docker));
    }

    private static String largest(CategoryDataset bars, int column) {
        int best = 0;
        for (int row = 1; row < bars.getRowCount(); row++) {
            if (bars.getValue(row, column).doubleValue() > bars.getValue(best, column).doubleValue()) {
                best = row;
            }
        }
        return bars.getRowKey(best).toString();
    }

    @Test
    void subSecondStartsGetAZoomedChartOfTheirOwnInMilliseconds() {
        RunResult result = LessonRuns.lesson("microvms");
        CategoryDataset main = PhaseBreakdownChart.of(result, Theme.SCREEN).jfreeChart().orElseThrow()
                .getCategoryPlot().getDataset();
        Chart zoom = PhaseBreakdownChart.zoom(result, Theme.SCREEN).orElseThrow();
        CategoryPlot plot = zoom.jfreeChart().orElseThrow().getCategoryPlot();
        CategoryDataset bars = plot.getDataset();
        assertEquals(List.of("Firecracker microVM", "QEMU, minimal machine", "Container (containerd + crun)"),
                bars.getColumnKeys(), "the full VM's 16 s stays on the main chart");
        assertEquals("Mean time per instance (ms)", plot.getRangeAxis().getLabel());
        for (Object column : bars.getColumnKeys()) {
            for (Object row : bars.getRowKeys()) {
                Comparable<?> r = (Comparable<?>) row;
                Comparable<?> c = (Comparable<?>) column;
                assertEquals(main.getValue(r, c).doubleValue() * 1000, bars.getValue(r, c).doubleValue(), 1e-9);
            }
        }
        assertTrue(plot.getRangeAxis().getRange().getUpperBound() < 1000, "a sub-second scale");
        assertTrue(csvRows(zoom).stream().noneMatch(r -> r.get("stack_id").equals("kvm")));
    }

    @Test
    void startsOfComparableLengthNeedNoZoom() {
        RunResult result = LessonRuns.lesson("type1-vs-type2");
        assertTrue(PhaseBreakdownChart.zoom(result, Theme.SCREEN).isEmpty());
    }
}
