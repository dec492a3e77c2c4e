package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ActionOutcome;
import dev.spinup.run.RunResult;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.junit.jupiter.api.Test;

class BuildChartTest {

    @Test
    void oneRowPerStepOfEveryBuildWithWhetherTheCacheHadIt() {
        RunResult result = LessonRuns.build();
        List<ActionOutcome.Built> builds = result.arms().get(0).actions().stream()
                .filter(ActionOutcome.Built.class::isInstance).map(ActionOutcome.Built.class::cast).toList();
        assertEquals(2, builds.size());
        List<Map<String, String>> rows = csvRows(BuildChart.of(result, Theme.SCREEN).orElseThrow());
        int r = 0;
        for (ActionOutcome.Built build : builds) {
            for (ActionOutcome.BuildStepOutcome step : build.steps()) {
                Map<String, String> row = rows.get(r++);
                assertEquals(build.tag(), row.get("tag"));
                assertEquals(step.instruction(), row.get("instruction"));
                assertEquals(step.cached() ? "yes" : "no", row.get("cached"));
                assertEquals(step.nanos() / 1e9, number(row, "step_s"));
            }
            Map<String, String> kit = rows.get(r++);
            assertEquals("", kit.get("step"), "after the steps, BuildKit's own work");
            assertEquals(build.buildKitNanos() / 1e9, number(kit, "step_s"));
            long steps = build.steps().stream().mapToLong(ActionOutcome.BuildStepOutcome::nanos).sum();
            assertEquals(build.totalNanos(), steps + build.buildKitNanos(), "the steps and BuildKit's work add up");
        }
        assertEquals(r, rows.size());
        assertTrue(rows.stream().anyMatch(row -> row.get("tag").equals("app:2") && row.get("cached").equals("yes")),
                "the rebuild finds its first steps in the cache");
    }

    @Test
    void eachBuildsPanelIsHeadedByItsTagAndTotalInBoldAboveItsSteps() {
        RunResult result = LessonRuns.build();
        List<ActionOutcome.Built> builds = result.arms().get(0).actions().stream()
                .filter(ActionOutcome.Built.class::isInstance).map(ActionOutcome.Built.class::cast).toList();
        JFreeChart chart = BuildChart.of(result, Theme.PROJECTOR).orElseThrow().jfreeChart().orElseThrow();
        List<CategoryPlot> panels = ((CombinedRangeCategoryPlot) chart.getPlot()).getSubplots();
        assertEquals(builds.size(), panels.size());
        for (int b = 0; b < builds.size(); b++) {
            CategoryPlot panel = panels.get(b);
            List<?> rows = panel.getCategories();
            assertEquals(builds.get(b).steps().size() + 1, rows.size());
            Comparable<?> header = (Comparable<?>) rows.get(0);
            assertEquals(builds.get(b).tag().substring(builds.get(b).tag().indexOf(':') + 1) + " · "
                    + SimTime.format(builds.get(b).totalNanos()), header.toString());
            CategoryAxis axis = panel.getDomainAxis();
            assertTrue(axis.getTickLabelFont(header).isBold(), "the heading row is bold");
            assertFalse(axis.getTickLabelFont((Comparable<?>) rows.get(1)).isBold(), "a step row is not");
            assertEquals(axis.getTickLabelFont().getSize2D(), axis.getTickLabelFont(header).getSize2D(),
                    "the heading follows the theme's tick size");
            assertNull(axis.getLabel(), "no tag beside the panel taking the plot's width");
        }
    }

    @Test
    void aRunThatBuiltNothingHasNoBuildChart() {
        assertTrue(BuildChart.of(LessonRuns.hello(), Theme.SCREEN).isEmpty());
    }
}
