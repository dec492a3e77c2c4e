package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.lesson.Figures;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.text.FigureKind;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The charts that carry one lesson's point each, read back from their tables and datasets. */
class LessonPointChartsTest {

    @Test
    void sharedLayersChartsBothByteCountsAsFiguresGivesThem() {
        RunResult result = LessonRuns.lesson("shared-layers");
        Chart chart = Charts.forRun(result, Theme.SCREEN).stream()
                .filter(c -> c.slug().equals(DownloadsChart.SLUG)).findFirst().orElseThrow();
        Figures figures = Figures.of(result);
        List<Map<String, String>> rows = csvRows(chart);
        double shared = figures.value("docker", FigureKind.DOWNLOADED, "").value();
        double alone = figures.value("docker", FigureKind.IMAGES_SIZE, "").value();
        assertTrue(shared < alone / 2, "sharing saves most of the bytes: " + shared + " of " + alone);
        Map<String, String> sharedRow = rows.stream().filter(r -> r.get("case").equals("shared")).findFirst()
                .orElseThrow();
        Map<String, String> aloneRow = rows.stream().filter(r -> r.get("case").equals("alone")).findFirst()
                .orElseThrow();
        assertEquals(Math.round(shared), number(sharedRow, "bytes"));
        assertEquals(Math.round(alone), number(aloneRow, "bytes"));
        assertEquals("docker.downloaded", sharedRow.get("figure"));
        assertEquals(figures.value("docker", FigureKind.DOWNLOADED, "").format(), sharedRow.get("shown"));
        CategoryDataset bars = chart.jfreeChart().orElseThrow().getCategoryPlot().getDataset();
        assertEquals(shared / (1024 * 1024), bars.getValue(DownloadsChart.SHARED, "Docker").doubleValue(), 1e-9);
        assertEquals(alone / (1024 * 1024), bars.getValue(DownloadsChart.ALONE, "Docker").doubleValue(), 1e-9);
    }

    @Test
    void controlPlanePlotsTheLastVmSlowerThanTheFirst() {
        RunResult result = LessonRuns.lesson("control-plane");
        Chart chart = StartupByRequestChart.of(result, Theme.SCREEN);
        Figures figures = Figures.of(result);
        XYDataset points = chart.jfreeChart().orElseThrow().getXYPlot().getDataset();
        for (int s = 0; s < result.arms().size(); s++) {
            ArmResult arm = result.arms().get(s);
            int n = points.getItemCount(s);
            assertEquals(arm.summary().ready(), n, "one point per ready instance");
            assertEquals(1, points.getXValue(s, 0));
            assertEquals(figures.value(arm.stack().id(), FigureKind.FIRST_STARTUP, "").value() / 1e9,
                    points.getYValue(s, 0), 1e-9);
            assertEquals(figures.value(arm.stack().id(), FigureKind.LAST_STARTUP, "").value() / 1e9,
                    points.getYValue(s, n - 1), 1e-9);
        }
        int vm = 0;
        assertTrue(points.getYValue(vm, points.getItemCount(vm) - 1) > 1.5 * points.getYValue(vm, 0),
                "the last VM starts far slower than the first");
        assertEquals(points.getItemCount(vm), csvRows(chart).stream()
                .filter(r -> r.get("stack_id").equals(result.arms().get(vm).stack().id())).count());
    }

    @Test
    void densitySaysWhatFitsOfWhatWasAskedAndWhatEachReserves() {
        RunResult result = LessonRuns.lesson("density");
        Figures figures = Figures.of(result);
        List<Map<String, String>> rows = csvRows(DensityChart.of(result, Theme.SCREEN));
        Map<String, String> vm = rows.stream().filter(r -> r.get("stack_id").equals("vm")).findFirst().orElseThrow();
        assertEquals(figures.value("vm", FigureKind.RESERVED, "").value(), number(vm, "reserved_each_bytes"), 0.5);
        long host = result.scenario().hostSpecs().get(0).memory().bytes();
        double resident = number(vm, "resident_each_bytes");
        double reserved = number(vm, "reserved_each_bytes");
        assertTrue(reserved > 2 * resident, "a VM reserves far more than it touches");
        assertTrue(number(vm, "ready") <= host / reserved, "the reservation limits the count");
        assertTrue(number(vm, "ready") < host / resident / 2, "the resident memory would allow far more");
        assertEquals(figures.value("vm", FigureKind.READY, "").format() + " of "
                + figures.value("vm", FigureKind.REQUESTED, "").format() + " · "
                + figures.value("vm", FigureKind.RESERVED, "").format() + " / "
                + figures.value("vm", FigureKind.MEMORY, "").format(), vm.get("label"), "counted, then in use");
        Map<String, String> microvm = rows.stream().filter(r -> r.get("stack_id").equals("microvm")).findFirst()
                .orElseThrow();
        assertEquals(figures.value("microvm", FigureKind.RESERVED, "").format().replace(" MiB", "") + " / "
                + figures.value("microvm", FigureKind.MEMORY, "").format(),
                microvm.get("label").substring(microvm.get("label").indexOf("· ") + 2), "one unit written once");
        Map<String, String> container = rows.stream().filter(r -> r.get("stack_id").equals("container")).findFirst()
                .orElseThrow();
        assertTrue(container.get("label").endsWith(figures.value("container", FigureKind.RESERVED, "").format()
                + " each"), "a container counted as it uses: " + container.get("label"));
    }
}
