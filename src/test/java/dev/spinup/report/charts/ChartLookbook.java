package dev.spinup.report.charts;

import dev.spinup.report.ReportFormat;
import dev.spinup.report.ReportOptions;
import dev.spinup.report.ReportWriter;
import dev.spinup.report.style.Theme;
import dev.spinup.run.Metric;
import dev.spinup.run.RunOptions;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.run.Sweep;
import dev.spinup.run.SweepRange;
import dev.spinup.run.SweepResult;
import dev.spinup.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Manual check, not a test: runs the lookbook lessons and exports every chart in the PROJECTOR and PRINT themes
 * as PNG (and SVG and CSV) for a human to look at. Run with
 * {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}, then
 * {@code java -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat cp.txt)
 * dev.spinup.report.charts.ChartLookbook [directory]} (default /tmp/charts-look).
 */
public final class ChartLookbook {

    private ChartLookbook() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/charts-look");
        Map<String, Scenario> lessons = Map.of("hello", ChartScenarios.hello(), "boot-storm",
                ChartScenarios.bootStorm(), "density", ChartScenarios.density(), "build", ChartScenarios.build(),
                "zoo", ChartScenarios.zoo(), "page-sharing", ChartScenarios.pageSharing());
        SweepResult sweep = sweep();
        for (Theme theme : List.of(Theme.PROJECTOR, Theme.PRINT)) {
            ReportOptions options = ReportOptions.of(theme)
                    .withFormats(EnumSet.of(ReportFormat.PNG, ReportFormat.SVG, ReportFormat.CSV));
            String themeName = theme.name().toLowerCase(Locale.ROOT);
            for (var lesson : lessons.entrySet()) {
                RunResult result = new Runner().run(lesson.getValue());
                List<Path> files = new ReportWriter(root.resolve(lesson.getKey()).resolve(themeName))
                        .write(result, options);
                System.out.println(lesson.getKey() + " " + themeName + ": " + files.size() + " files");
            }
            Chart chart = Charts.forSweep(sweep, List.of(ChartScenarios.FIRECRACKER, ChartScenarios.DOCKER),
                    Metric.STARTUP_P50, theme);
            new ReportWriter(root.resolve("sweep").resolve(themeName)).write(List.of(chart), options);
        }
        System.out.println("wrote to " + root);
    }

    /** Median start-up against the size of a boot storm, three replications per point. */
    static SweepResult sweep() {
        Scenario base = ChartScenarios.scenario("Sweep", List.of(ChartScenarios.FIRECRACKER, ChartScenarios.DOCKER),
                10, new dev.spinup.scenario.Arrival.Poisson(20), dev.spinup.model.runtime.PlacementPolicy.FIRST_FIT, 3,
                List.of(), true, List.of());
        return new Sweep(RunOptions.DEFAULT).run("instances", SweepRange.parse("5..60", 6, false),
                (parameter, value) -> {
                    Scenario s = base;
                    return new Scenario(s.schemaVersion(), s.lesson(), s.seed(), s.replications(), s.hosts(),
                            s.registry(), s.pulls(), s.stacks(), s.workload().withInstances(Integer.parseInt(value)),
                            s.timeline(), s.charts(), s.horizon());
                });
    }
}
