package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.report.style.Theme;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.ChartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void aLessonThatNamesNoChartsGetsEveryKindOnce() {
        List<String> slugs = Charts.forRun(LessonRuns.hello(), Theme.SCREEN).stream()
                .map(c -> c.slug().value()).toList();
        assertEquals(List.of("stack-diagram", "ready-over-time", "boot-timeline", "startup-cdf", "phase-breakdown",
                "phase-breakdown-zoom", "density", "memory-breakdown", "utilisation"), slugs);
    }

    @Test
    void aLessonGetsTheChartsItNamesInItsOrderPlusItsBuilds() {
        var scenario = ChartScenarios.scenario("two charts", List.of(ChartScenarios.DOCKER), 3,
                new Arrival.AllAtOnce(), PlacementPolicy.FIRST_FIT, 1, ChartScenarios.build().timeline(), true,
                List.of(ChartKind.STARTUP_CDF, ChartKind.DENSITY, ChartKind.STARTUP_CDF));
        List<String> slugs = Charts.forRun(new Runner().run(scenario), Theme.SCREEN).stream()
                .map(c -> c.slug().value()).toList();
        assertEquals(List.of("startup-cdf", "density", "build-steps"), slugs);
    }

    @Test
    void everyKindHasItsOwnSlug() {
        List<String> slugs = new java.util.ArrayList<>(java.util.Arrays.stream(ChartKind.values())
                .filter(k -> k != ChartKind.BUILD_STEPS)
                .map(k -> Charts.of(k, LessonRuns.hello(), Theme.SCREEN).slug().value()).toList());
        var built = ChartScenarios.scenario("a build", List.of(ChartScenarios.DOCKER), 1, new Arrival.AllAtOnce(),
                PlacementPolicy.FIRST_FIT, 1, ChartScenarios.build().timeline(), true, List.of(ChartKind.BUILD_STEPS));
        slugs.add(Charts.of(ChartKind.BUILD_STEPS, new Runner().run(built), Theme.SCREEN).slug().value());
        assertEquals(slugs.size(), slugs.stream().distinct().count(), slugs.toString());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Charts.of(ChartKind.BUILD_STEPS, LessonRuns.hello(), Theme.SCREEN),
                "a run without a build has no build chart");
    }
}
