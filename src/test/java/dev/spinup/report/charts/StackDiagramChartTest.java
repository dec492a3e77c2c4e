package dev.spinup.report.charts;

import static dev.spinup.report.charts.LessonRuns.csvRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.diagram.DiagramColumn;
import dev.spinup.report.diagram.DiagramLayer;
import dev.spinup.report.diagram.StackDiagram;
import dev.spinup.report.style.LayerColourKey;
import dev.spinup.report.style.Theme;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StackDiagramChartTest {

    @Test
    void oneColumnPerStackOfTheLesson() {
        Chart chart = StackDiagramChart.of(ChartScenarios.hello(), Theme.PROJECTOR);
        List<DiagramColumn> columns = ((StackDiagram) chart.drawable()).columns();
        assertEquals(List.of("KVM + Ubuntu", "Docker"), columns.stream().map(DiagramColumn::title).toList());
        assertEquals(Optional.of("VM"), columns.get(0).instanceLabel());
        assertEquals(Optional.of("Container"), columns.get(1).instanceLabel());
        assertTrue(chart.jfreeChart().isEmpty(), "the diagram is drawn by hand, not by JFreeChart");
    }

    @Test
    void eachStackKindGetsItsTextbookLayers() {
        List<DiagramColumn> columns = ((StackDiagram) StackDiagramChart.of(ChartScenarios.zoo(), Theme.SCREEN)
                .drawable()).columns();
        assertEquals(List.of("Infrastructure", "Host operating system", "Hypervisor (type 2)"), bands(columns.get(0)));
        assertEquals("User-space kernel", boxes(columns.get(1), LayerColourKey.GUEST_OS));
        assertEquals("Light VM + kernel", boxes(columns.get(2), LayerColourKey.GUEST_OS));
        assertEquals(Optional.empty(), columns.get(3).instanceLabel(), "a node VM holds several containers");
        assertEquals(List.of("Infrastructure", "Host operating system", "Docker Engine with runc"),
                bands(columns.get(4)));
        assertEquals(List.of("Infrastructure", "Host operating system", "containerd with crun"),
                bands(columns.get(5)));
        List<DiagramColumn> storm = ((StackDiagram) StackDiagramChart.of(ChartScenarios.bootStorm(),
                Theme.SCREEN).drawable()).columns();
        assertEquals(Optional.of("microVM"), storm.get(0).instanceLabel());
        assertEquals(List.of("Infrastructure", StackColumns.KVM_HOST), bands(storm.get(2)), "KVM + QEMU");
        assertEquals(List.of("Infrastructure", StackColumns.KVM_HOST), bands(storm.get(0)), "Firecracker on KVM");
    }

    @Test
    void manyStacksDrawFewerInstancesEachSoLabelsStayReadable() {
        assertEquals(3, StackColumns.instancesPerColumn(2));
        assertEquals(3, StackColumns.instancesPerColumn(3));
        assertEquals(2, StackColumns.instancesPerColumn(4));
        assertEquals(1, StackColumns.instancesPerColumn(6));
    }

    @Test
    void theTableListsEveryBlockOfThePicture() {
        Chart chart = StackDiagramChart.of(ChartScenarios.hello(), Theme.SCREEN);
        List<Map<String, String>> rows = csvRows(chart);
        int blocks = 0;
        for (DiagramColumn column : ((StackDiagram) chart.drawable()).columns()) {
            for (DiagramLayer layer : column.layersBottomUp()) {
                blocks += layer instanceof DiagramLayer.BoxRow row ? row.labels().size() : 1;
            }
        }
        assertEquals(blocks, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("stack_id").equals("vm") && r.get("label").equals("Guest OS")
                && r.get("instance_frame").equals("VM")));
    }

    private static List<String> bands(DiagramColumn column) {
        return column.layersBottomUp().stream().filter(DiagramLayer.Band.class::isInstance)
                .map(l -> ((DiagramLayer.Band) l).label()).toList();
    }

    private static String boxes(DiagramColumn column, LayerColourKey kind) {
        return column.layersBottomUp().stream().filter(l -> l instanceof DiagramLayer.BoxRow && l.kind() == kind)
                .map(l -> ((DiagramLayer.BoxRow) l).labels().get(0)).findFirst().orElseThrow();
    }
}
