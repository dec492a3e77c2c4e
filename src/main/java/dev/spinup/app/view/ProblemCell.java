package dev.spinup.app.view;

import dev.spinup.scenario.json.Problem;
import javafx.scene.control.ListCell;

/** One problem of a scenario file in a list: "12:5  $.workload.instances: message", wrapped to the list's width. */
final class ProblemCell extends ListCell<Problem> {

    @Override
    protected void updateItem(Problem p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty || p == null ? null : p.position() + "  " + p.path() + ": " + p.message());
        setWrapText(true);
        setPrefWidth(0);
    }
}
