package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static dev.spinup.report.charts.LessonRuns.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.lesson.Figures;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.text.FigureKind;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The steady-state lesson's chart: containers ≈ native, VMs pay on I/O and latency, gVisor on system calls. */
class SteadyStateChartTest {

    private final RunResult result = LessonRuns.lesson("steady-state-overhead");
    private final Chart chart = Charts.forRun(result, Theme.SCREEN).stream()
            .filter(c -> c.slug().equals(SteadyStateChart.SLUG)).findFirst().orElseThrow();
    private final CategoryDataset bars = chart.jfreeChart().orElseThrow().getCategoryPlot().getDataset();

    private double bar(String stackLabel, ResourceClass kind) {
        return bars.getValue(stackLabel, kind.label()).doubleValue();
    }

    @Test
    void theBarsShowTheLessonsPointAndAreTheRunsFigures() {
        for (ResourceClass kind : ResourceClass.values()) {
            assertEquals(1.0, bar("runc, host network", kind), 0.01, "a container on the host's network: " + kind);
        }
        assertTrue(bar("runc, NAT bridge", ResourceClass.NETWORK_ROUND_TRIP) > 1.8, "NAT doubles a round trip");
        assertTrue(bar("KVM, vCPUs pinned", ResourceClass.RANDOM_IO) >= 2, "a VM pays on random I/O");
        assertTrue(bar("KVM, vCPUs pinned", ResourceClass.NETWORK_ROUND_TRIP) > 1.5, "and on latency");
        assertTrue(bar("KVM, vCPUs pinned", ResourceClass.CPU) < 1.05, "but barely on CPU");
        assertTrue(bar("KVM, untuned", ResourceClass.CPU) > bar("KVM, vCPUs pinned", ResourceClass.CPU) + 0.1);
        assertTrue(bar("gVisor (runsc)", ResourceClass.SYSCALLS) > 2, "gVisor pays on system calls");
        assertEquals(1.0, bar("gVisor (runsc)", ResourceClass.CPU), 0.01, "not on raw CPU");
        Figures figures = Figures.of(result);
        List<Map<String, String>> rows = csvRows(chart);
        assertEquals(result.arms().size() * ResourceClass.values().length, rows.size());
        for (Map<String, String> row : rows) {
            double figure = figures.value(row.get("stack_id"), FigureKind.SLOWDOWN, row.get("resource_class")).value();
            assertEquals(figure, number(row, "slowdown"), 1e-9, row.toString());
            assertEquals(figure * number(row, "native_ns"), number(row, "median_ns"), 1.0);
        }
    }

    @Test
    void everySourceBehindABarIsNamedUnderThePlot() {
        JFreeChart jfree = chart.jfreeChart().orElseThrow();
        String cited = "";
        for (int i = 0; i < jfree.getSubtitleCount(); i++) {
            if (jfree.getSubtitle(i) instanceof TextTitle t && t.getText().startsWith("Sources: ")) {
                cited = t.getText();
            }
        }
        for (Map<String, String> row : csvRows(chart)) {
            assertTrue(cited.contains(row.get("source") + " ["), row.get("source") + " in " + cited);
        }
    }
}
