package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.host.ResourceKind;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.HostResult;
import dev.spinup.run.RunResult;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.Test;

class UtilisationChartTest {

    @Test
    void windowedLoadKeepsTheTimeAverageOfTheRawSeries() {
        RunResult result = LessonRuns.bootStorm();
        long end = result.arms().stream().mapToLong(ArmResult::endNanos).max().orElseThrow();
        List<Map<String, String>> rows = csvRows(UtilisationChart.of(result, Theme.SCREEN));
        for (ArmResult arm : result.arms()) {
            HostResult host = arm.hosts().get(0);
            for (ResourceKind resource : ResourceKind.values()) {
                List<Map<String, String>> line = rows.stream().filter(r -> r.get("stack_id")
                        .equals(arm.stack().id()) && r.get("resource").equals(resource.name())).toList();
                if (host.utilisation(resource).isEmpty()) {
                    continue;
                }
                double area = 0;
                for (int i = 0; i + 1 < line.size(); i++) {
                    area += number(line.get(i), "value")
                            * (number(line.get(i + 1), "time_s") - number(line.get(i), "time_s"));
                }
                double mean = area / (end / 1e9);
                assertEquals(host.utilisation(resource).timeAverage(end) * 100, mean, 1e-6,
                        arm.stack().id() + " " + resource);
            }
        }
    }

    @Test
    void memoryIsWhatTheHostHeldAtEachChange() {
        RunResult result = LessonRuns.hello();
        List<Map<String, String>> rows = csvRows(UtilisationChart.of(result, Theme.SCREEN));
        for (ArmResult arm : result.arms()) {
            HostResult host = arm.hosts().get(0);
            List<Map<String, String>> memory = rows.stream().filter(r -> r.get("stack_id")
                    .equals(arm.stack().id()) && r.get("resource").equals("MEMORY")).toList();
            assertTrue(memory.size() > 1);
            for (Map<String, String> row : memory) {
                long at = Math.round(number(row, "time_s") * 1e9);
                assertEquals(100.0 * host.memoryInUseAt(at) / host.spec().memory().bytes(), number(row, "value"),
                        1e-9);
                assertEquals("%", row.get("unit"));
            }
        }
    }

    @Test
    void unusedResourcesGetNoPanel() {
        RunResult hello = LessonRuns.hello();
        assertTrue(hello.arms().stream().allMatch(a -> a.hosts().get(0).utilisation(ResourceKind.NETWORK)
                .isEmpty()), "a warm cache pulls nothing");
        var plot = (CombinedDomainXYPlot) UtilisationChart.of(hello, Theme.SCREEN).jfreeChart().orElseThrow()
                .getPlot();
        assertEquals(hello.arms().size(), plot.getSubplots().size(), "one panel per stack");
        for (Object panel : plot.getSubplots()) {
            assertEquals(3, ((org.jfree.chart.plot.XYPlot) panel).getDataset().getSeriesCount(), "CPU, disk, memory");
        }
    }

    @Test
    void aChosenHostNamesTheFilesAndAnUnknownOneIsRefused() {
        RunResult result = LessonRuns.bootStorm();
        Chart third = UtilisationChart.of(result, "host-3", Theme.SCREEN);
        assertEquals("utilisation-host-3", third.slug().value());
        assertTrue(csvRows(third).stream().allMatch(r -> r.get("host").equals("host-3")));
        assertEquals("utilisation", UtilisationChart.of(result, Theme.SCREEN).slug().value());
        var e = assertThrows(IllegalArgumentException.class,
                () -> UtilisationChart.of(result, "host-9", Theme.SCREEN));
        assertTrue(e.getMessage().contains("host-9"));
    }

    @Test
    void aSaturatedDiskInTheStormIsALineBelowTheTopOfItsStacksPanel() {
        // The VMs' guests all read their init from one disk at once: 100 % busy, CPU idle, none ready yet.
        RunResult result = LessonRuns.lesson("boot-storm");
        var plot = (CombinedDomainXYPlot) UtilisationChart.of(result, Theme.SCREEN).jfreeChart().orElseThrow()
                .getPlot();
        var vm = (org.jfree.chart.plot.XYPlot) plot.getSubplots().get(0);
        assertTrue(vm.getRangeAxis().getLabel().startsWith(result.arms().get(0).stack().label()));
        assertTrue(vm.getRangeAxis().getUpperBound() > 100, "a line at 100 % is not on the frame");
        List<Map<String, String>> disk = csvRows(UtilisationChart.of(result, Theme.SCREEN)).stream()
                .filter(r -> r.get("stack_id").equals("vm") && r.get("resource").equals("DISK")
                        && number(r, "time_s") >= 20 && number(r, "time_s") <= 28).toList();
        assertTrue(!disk.isEmpty() && disk.stream().allMatch(r -> number(r, "value") > 99), disk.toString());
    }
}
