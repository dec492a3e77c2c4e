package dev.spinup.app.view;

import dev.spinup.app.viewmodel.SlidePreset;
import dev.spinup.report.ReportFormat;
import dev.spinup.report.style.Theme;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** File > Export…: which charts, which files, the slide size and the theme; the folder is asked next. */
final class ExportDialog {

    /** What the teacher chose. */
    record Choice(boolean onlySelected, Set<ReportFormat> formats, SlidePreset preset, Theme theme) {
    }

    private ExportDialog() {
    }

    static Dialog<Choice> create(Window owner, String selectedChart) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export for slides — Spinup");
        dialog.setHeaderText("Export the charts of this run");
        ChoiceBox<String> scope = new ChoiceBox<>();
        scope.setId("exportScope");
        scope.getItems().add("Every chart of the lesson");
        if (selectedChart != null) {
            scope.getItems().add("Only \"" + selectedChart + "\"");
        }
        scope.getSelectionModel().select(0);
        HBox formats = new HBox(12);
        EnumSet<ReportFormat> chosen = EnumSet.allOf(ReportFormat.class);
        for (ReportFormat f : ReportFormat.values()) {
            CheckBox box = new CheckBox(f.name());
            box.setId("exportFormat" + f.name());
            box.setSelected(true);
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    chosen.add(f);
                } else {
                    chosen.remove(f);
                }
                dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(chosen.isEmpty());
            });
            formats.getChildren().add(box);
        }
        ChoiceBox<SlidePreset> preset = new ChoiceBox<>();
        preset.setId("exportPreset");
        preset.getItems().setAll(SlidePreset.values());
        preset.setValue(SlidePreset.FULL_HD);
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("exportTheme");
        theme.getItems().setAll(Theme.values());
        theme.setValue(Theme.PROJECTOR);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Charts"), scope);
        grid.addRow(1, new Label("Files"), formats);
        grid.addRow(2, new Label("Slide size"), preset);
        grid.addRow(3, new Label("Theme"), theme);
        grid.add(new Label("PROJECTOR is made for a 1920 × 1080 slide read from the back row; PRINT for paper."),
                0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? new Choice(
                scope.getSelectionModel().getSelectedIndex() == 1, Set.copyOf(chosen), preset.getValue(),
                theme.getValue()) : null);
        return dialog;
    }

    static Optional<Choice> ask(Window owner, String selectedChart) {
        return create(owner, selectedChart).showAndWait();
    }
}
