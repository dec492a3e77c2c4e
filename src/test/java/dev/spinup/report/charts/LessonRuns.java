package dev.spinup.report.charts;

import dev.spinup.report.ExportsReadBack;
import dev.spinup.report.export.CsvWriter;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The lessons of {@link ChartScenarios}, each run once per test JVM; runs are immutable, so tests can share them. */
final class LessonRuns {

    private static final Map<String, RunResult> RUNS = new HashMap<>();

    private LessonRuns() {
    }

    static RunResult hello() {
        return run("hello", ChartScenarios::hello);
    }

    static RunResult bootStorm() {
        return run("boot-storm", ChartScenarios::bootStorm);
    }

    static RunResult density() {
        return run("density", ChartScenarios::density);
    }

    static RunResult build() {
        return run("build", ChartScenarios::build);
    }

    static RunResult zoo() {
        return run("zoo", ChartScenarios::zoo);
    }

    /** A built-in lesson, run once per test JVM. */
    static RunResult lesson(String name) {
        return run("lesson " + name, () -> {
            try {
                return dev.spinup.scenario.Lessons.load(name).scenario();
            } catch (dev.spinup.scenario.json.ScenarioFileException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A chart's table as a reader of its CSV file sees it. */
    static List<Map<String, String>> csvRows(Chart chart) {
        return ExportsReadBack.csv(CsvWriter.toCsv(chart.data()).getBytes(StandardCharsets.UTF_8));
    }

    static double number(Map<String, String> row, String column) {
        String text = row.get(column);
        if (text == null) {
            throw new IllegalArgumentException("no column " + column + " in " + row.keySet());
        }
        return Double.parseDouble(text);
    }

    private static synchronized RunResult run(String name, Supplier<Scenario> scenario) {
        return RUNS.computeIfAbsent(name, n -> new Runner().run(scenario.get()));
    }
}
