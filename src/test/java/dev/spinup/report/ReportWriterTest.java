package dev.spinup.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.report.charts.ChartScenarios;
import dev.spinup.report.export.ExportManifest;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.Metric;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @Test
    void writesEveryChartInEveryFormatAndTheSummary(@TempDir Path dir) throws IOException {
        RunResult result = new Runner().run(ChartScenarios.hello());
        List<Path> files = new ReportWriter(dir).write(result, ReportOptions.of(Theme.SCREEN));
        // eight kinds, and the phase breakdown's zoom: the container's half second beside the VM's 16
        assertEquals(9 * 4 + 3, files.size(), files.toString());
        assertEquals(dir.resolve("stack-diagram.png"), files.get(0));
        assertEquals(dir.resolve("summary.csv"), files.get(files.size() - 3));
        assertEquals(dir.resolve("figures.csv"), files.get(files.size() - 2));
        assertEquals(dir.resolve(ExportManifest.FILE_NAME), files.get(files.size() - 1), "the manifest comes last");
        assertEquals(files.size() - 1, Files.readAllLines(dir.resolve(ExportManifest.FILE_NAME)).size());
        assertTrue(ExportManifest.isComplete(dir));
        try (Stream<Path> listed = Files.list(dir)) {
            assertEquals(files.size(), listed.count(), "no stray or partial files");
        }
        BufferedImage png = ExportsReadBack.png(Files.readAllBytes(dir.resolve("ready-over-time.png")));
        assertEquals(1280, png.getWidth(), "SCREEN's design size");
        assertEquals(1, ExportsReadBack.pdfPages(Files.readAllBytes(dir.resolve("boot-timeline.pdf"))));
        assertTrue(ExportsReadBack.svgTexts(Files.readAllBytes(dir.resolve("density.svg")))
                .contains("Instances per host"));
    }

    @Test
    void sizeScaleAndFormatsAreTheCallersChoice(@TempDir Path dir) throws IOException {
        RunResult result = new Runner().run(ChartScenarios.hello());
        ReportOptions options = ReportOptions.of(Theme.PROJECTOR).withFormats(EnumSet.of(ReportFormat.PNG))
                .withSize(new ExportSize(800, 450)).withPngScale(2);
        List<Path> files = new ReportWriter(dir).write(result, options);
        assertEquals(9 + 1, files.size());
        assertTrue(files.subList(0, 9).stream().allMatch(f -> f.getFileName().toString().endsWith(".png")));
        BufferedImage png = ExportsReadBack.png(Files.readAllBytes(dir.resolve("startup-cdf.png")));
        assertEquals(1600, png.getWidth());
        assertEquals(900, png.getHeight());
    }

    @Test
    void theSummaryIsOneRowPerStackAndMetricWithItsConfidenceInterval(@TempDir Path dir) throws IOException {
        RunResult result = new Runner().run(ChartScenarios.bootStorm());
        new ReportWriter(dir).write(result, ReportOptions.of(Theme.PRINT).withFormats(EnumSet.of(ReportFormat.CSV)));
        List<Map<String, String>> rows = ExportsReadBack.csv(Files.readAllBytes(dir.resolve("summary.csv")));
        List<Metric> reported = Metric.reportedFor(result.scenario());
        assertEquals(result.arms().size() * reported.size(), rows.size());
        assertTrue(reported.stream().noneMatch(Metric::aboutStartSlots), "no limit on starts in flight here");
        for (ArmResult arm : result.arms()) {
            for (Metric metric : reported) {
                Map<String, String> row = rows.stream().filter(r -> r.get("stack_id").equals(arm.stack().id())
                        && r.get("metric").equals(metric.key())).findFirst().orElseThrow();
                Optional<ConfidenceInterval> ci = arm.interval(metric);
                assertEquals(ci.map(c -> Integer.toString(c.n())).orElse("0"), row.get("n"));
                if (ci.isPresent()) {
                    assertEquals(ci.get().mean(), Double.parseDouble(row.get("mean")), metric.key());
                    assertEquals(ci.get().lower(), Double.parseDouble(row.get("ci_low")), metric.key());
                    assertEquals(ci.get().upper(), Double.parseDouble(row.get("ci_high")), metric.key());
                }
            }
        }
        Map<String, String> p50 = rows.stream().filter(r -> r.get("stack_id").equals("docker")
                && r.get("metric").equals("startup-p50")).findFirst().orElseThrow();
        assertEquals("3", p50.get("n"), "three replications");
        assertEquals("s", p50.get("unit"));
    }

    @Test
    void theSameScenarioRunTwiceGivesByteIdenticalCsvAndSvg(@TempDir Path dir) throws IOException {
        Scenario scenario = ChartScenarios.bootStorm();
        ReportOptions options = ReportOptions.of(Theme.PROJECTOR)
                .withFormats(EnumSet.of(ReportFormat.SVG, ReportFormat.CSV));
        List<Path> first = new ReportWriter(dir.resolve("a")).write(new Runner().run(scenario), options);
        List<Path> second = new ReportWriter(dir.resolve("b")).write(new Runner().run(scenario), options);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    first.get(i).getFileName().toString());
        }
        assertTrue(first.stream().anyMatch(p -> p.toString().endsWith(".svg")));
    }
}
