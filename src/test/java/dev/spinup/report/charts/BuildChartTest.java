package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.style.Theme;
import dev.spinup.run.ActionOutcome;
import dev.spinup.run.RunResult;
import java.util.List;
import java.util.Map;
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
        }
        assertEquals(r, rows.size());
        assertTrue(rows.stream().anyMatch(row -> row.get("tag").equals("app:2") && row.get("cached").equals("yes")),
                "the rebuild finds its first steps in the cache");
    }

    @Test
    void aRunThatBuiltNothingHasNoBuildChart() {
        assertTrue(BuildChart.of(LessonRuns.hello(), Theme.SCREEN).isEmpty());
    }
}
