package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.startup.PhaseKind;
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
    void rowsAreTheMeanTimePerPhaseAndBarsTheirSumsPerFamily() {
        RunResult result = LessonRuns.bootStorm();
        Chart chart = PhaseBreakdownChart.of(result, Theme.SCREEN);
        List<Map<String, String>> rows = csvRows(chart);
        CategoryDataset bars = chart.jfreeChart().orElseThrow().getCategoryPlot().getDataset();
        for (int column = 0; column < result.arms().size(); column++) {
            ArmResult arm = result.arms().get(column);
            List<Map<String, String>> mine = rows.stream()
                    .filter(r -> r.get("stack_id").equals(arm.stack().id())).toList();
            for (Map<String, String> row : mine) {
                PhaseKind kind = PhaseKind.valueOf(row.get("phase"));
                assertEquals(arm.summary().meanPhaseNanos().get(kind) / 1e9, number(row, "mean_s"), 1e-12);
            }
            double tableTotal = mine.stream().mapToDouble(r -> number(r, "mean_s")).sum();
            double barTotal = 0;
            for (int row = 0; row < bars.getRowCount(); row++) {
                barTotal += bars.getValue(row, column).doubleValue();
            }
            assertEquals(tableTotal, barTotal, 1e-9, arm.stack().id());
            double phasesSum = arm.summary().meanPhaseNanos().values().stream().mapToDouble(d -> d).sum() / 1e9;
            assertEquals(phasesSum, barTotal, 1e-9, "only phases of zero mean are left out");
        }
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
}
