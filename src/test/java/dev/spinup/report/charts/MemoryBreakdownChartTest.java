package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.report.style.MemoryColourKey;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class MemoryBreakdownChartTest {

    private static final double MIB = 1024.0 * 1024.0;

    @Test
    void everyComponentRowIsTheSummarysMemoryPerInstanceInMib() {
        RunResult result = LessonRuns.hello();
        List<Map<String, String>> rows = csvRows(MemoryBreakdownChart.of(result, Theme.SCREEN));
        for (ArmResult arm : result.arms()) {
            List<Map<String, String>> mine = rows.stream()
                    .filter(r -> r.get("stack_id").equals(arm.stack().id())).toList();
            assertEquals(arm.summary().memoryPerInstance().size(), mine.size(), arm.stack().id());
            for (Map<String, String> row : mine) {
                MemoryComponent component = MemoryComponent.valueOf(row.get("component"));
                assertEquals(arm.summary().memoryPerInstance().get(component) / MIB, number(row, "memory_mib"),
                        1e-9, component.name());
            }
            double total = mine.stream().mapToDouble(r -> number(r, "memory_mib")).sum();
            assertEquals(arm.summary().memoryPerInstanceBytes() / MIB, total, 1e-6);
        }
    }

    @Test
    void aVmCarriesAGuestOsAndAContainerADaemonShare() {
        List<Map<String, String>> rows = csvRows(MemoryBreakdownChart.of(LessonRuns.hello(), Theme.SCREEN));
        assertTrue(rows.stream().anyMatch(r -> r.get("stack_id").equals("vm")
                && r.get("component").equals("GUEST_KERNEL_AND_OS")));
        assertFalse(rows.stream().anyMatch(r -> r.get("stack_id").equals("docker")
                && r.get("component").equals("GUEST_KERNEL_AND_OS")));
        Map<String, String> daemon = rows.stream().filter(r -> r.get("component").equals("ENGINE_DAEMON"))
                .findFirst().orElseThrow();
        assertTrue(daemon.get("component_label").endsWith("share"), "held once per host: " + daemon);
        assertTrue(daemon.get("band").contains("engine daemon share"), daemon.get("band"));
    }

    @Test
    void barsStackTheBandsOfTheTableInTheirMemoryColours() {
        RunResult result = LessonRuns.hello();
        Chart chart = MemoryBreakdownChart.of(result, Theme.SCREEN);
        CategoryPlot plot = chart.jfreeChart().orElseThrow().getCategoryPlot();
        CategoryDataset bars = plot.getDataset();
        List<Map<String, String>> rows = csvRows(chart);
        for (int column = 0; column < bars.getColumnCount(); column++) {
            String stack = result.arms().get(column).stack().id();
            for (int band = 0; band < bars.getRowCount(); band++) {
                String name = bars.getRowKey(band).toString();
                double fromTable = rows.stream().filter(r -> r.get("stack_id").equals(stack)
                        && r.get("band").equals(name)).mapToDouble(r -> number(r, "memory_mib")).sum();
                assertEquals(fromTable, bars.getValue(band, column).doubleValue(), 1e-9, stack + " " + name);
            }
        }
        assertEquals("app", bars.getRowKey(0));
        assertEquals(Palette.colourFor(MemoryColourKey.APP), plot.getRenderer().getSeriesPaint(0));
    }

    @Test
    void pageSharingSavingsGoBelowZero() {
        RunResult result = new Runner().run(ChartScenarios.pageSharing());
        List<Map<String, String>> rows = csvRows(MemoryBreakdownChart.of(result, Theme.SCREEN));
        Map<String, String> saved = rows.stream().filter(r -> r.get("component").equals("PAGE_SHARING_SAVINGS"))
                .findFirst().orElseThrow(() -> new AssertionError("KSM merged nothing: " + rows));
        assertEquals("vm-ksm", saved.get("stack_id"));
        assertTrue(number(saved, "memory_mib") < 0, saved.toString());
        double net = rows.stream().filter(r -> r.get("stack_id").equals("vm-ksm"))
                .mapToDouble(r -> number(r, "memory_mib")).sum();
        assertEquals(result.arm("vm-ksm").orElseThrow().summary().memoryPerInstanceBytes() / MIB, net, 1e-6);
    }
}
