package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.style.Palette;
import dev.spinup.report.style.StackColourKey;
import dev.spinup.report.style.Theme;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class DensityChartTest {

    @Test
    void eachBarAndCsvRowIsTheStacksPeakInstancesPerHost() {
        RunResult result = LessonRuns.density();
        Chart chart = DensityChart.of(result, Theme.SCREEN);
        List<Map<String, String>> rows = csvRows(chart);
        CategoryPlot plot = chart.jfreeChart().orElseThrow().getCategoryPlot();
        assertEquals(result.arms().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ArmResult arm = result.arms().get(i);
            assertEquals(arm.stack().id(), rows.get(i).get("stack_id"));
            assertEquals(arm.summary().instancesPerHost(), number(rows.get(i), "instances_per_host"));
            assertEquals(arm.summary().refused(), (int) number(rows.get(i), "refused"));
            assertEquals(arm.summary().instancesPerHost(),
                    plot.getDataset().getValue(0, i).doubleValue(), "bar " + arm.stack().label());
        }
        double vms = number(rows.get(0), "instances_per_host");
        double containers = number(rows.get(2), "instances_per_host");
        assertTrue(containers > 5 * vms, "containers pack far denser than 2 GiB VMs: " + containers + " vs " + vms);
    }

    @Test
    void eachBarIsInItsStacksColour() {
        Chart chart = DensityChart.of(LessonRuns.density(), Theme.SCREEN);
        CategoryPlot plot = chart.jfreeChart().orElseThrow().getCategoryPlot();
        assertEquals(Palette.colourFor(StackColourKey.VM_TYPE1), plot.getRenderer().getItemPaint(0, 0));
        assertEquals(Palette.colourFor(StackColourKey.MICROVM), plot.getRenderer().getItemPaint(0, 1));
        assertEquals(Palette.colourFor(StackColourKey.CONTAINER), plot.getRenderer().getItemPaint(0, 2));
    }
}
