package dev.spinup.report.charts;

import dev.spinup.report.diagram.DiagramColumn;
import dev.spinup.report.diagram.DiagramLayer;
import dev.spinup.report.diagram.StackDiagram;
import dev.spinup.report.export.CsvTable;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.List;

/** The containers-versus-VMs picture for a lesson's own stacks, one column per stack, drawn by code. */
public final class StackDiagramChart {

    public static final Slug SLUG = new Slug("stack-diagram");
    static final String TITLE = "What each stack is made of";

    private StackDiagramChart() {
    }

    public static Chart of(Scenario scenario, Theme theme) {
        List<DiagramColumn> columns = new ArrayList<>();
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "level", "box", "label", "layer",
                "instance_frame");
        int instances = StackColumns.instancesPerColumn(scenario.stacks().size());
        for (StackChoice stack : scenario.stacks()) {
            DiagramColumn column = StackColumns.of(stack.label(), stack.spec(), instances);
            columns.add(column);
            String frame = column.instanceLabel().orElse("");
            List<DiagramLayer> layers = column.layersBottomUp();
            for (int level = 0; level < layers.size(); level++) {
                DiagramLayer layer = layers.get(level);
                if (layer instanceof DiagramLayer.Band band) {
                    csv.row(stack.id(), stack.label(), level + 1, 1, band.label(), band.kind(), "");
                } else if (layer instanceof DiagramLayer.BoxRow row) {
                    for (int box = 0; box < row.labels().size(); box++) {
                        csv.row(stack.id(), stack.label(), level + 1, box + 1, row.labels().get(box), row.kind(),
                                frame);
                    }
                }
            }
        }
        return new Chart(SLUG, TITLE, new StackDiagram(columns, theme), csv.build());
    }
}
