package dev.spinup.app.view;

import dev.spinup.app.viewmodel.LessonEditorViewModel;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.LibraryViewModel;
import dev.spinup.scenario.ScenarioText;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The lesson editor's own window beside the main one: opened from File > Edit lesson…, closed without losing
 * unsaved changes (it asks), Ctrl+S saves, Ctrl+Shift+S saves as.
 */
public final class LessonEditorWindow {

    private final LessonEditorViewModel model;
    private final MainViewModel main;
    private final Window owner;
    private final Stage stage = new Stage();
    private final LessonEditorController controller;

    public LessonEditorWindow(LessonEditorViewModel model, MainViewModel main, Window owner, javafx.collections.ObservableList<LibraryViewModel.Entry> templates) {
        this.model = Objects.requireNonNull(model, "model");
        this.main = Objects.requireNonNull(main, "main");
        this.owner = owner;
        FXMLLoader loader = new FXMLLoader(LessonEditorController.class.getResource("LessonEditor.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the editor's FXML is missing from the jar", e);
        }
        root.getStylesheets().add(Objects.requireNonNull(LessonEditorController.class.getResource("spinup.css"),
                "spinup.css").toExternalForm());
        controller = loader.getController();
        controller.bind(model, templates, new LessonEditorController.Actions(this::save, this::saveAs, this::run,
                name -> {
                    if (mayDiscard("starting a new lesson")) {
                        model.newFrom(name);
                    }
                }));
        Scene scene = new Scene(root, 1280, 860);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::saveAs);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), this::close);
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
        }
        AppIcon.addTo(stage);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                (model.isDirty() ? "● " : "") + "Edit: " + model.titleProperty().get() + " — Spinup",
                model.dirtyBinding(), model.titleProperty()));
        stage.setOnCloseRequest(e -> {
            if (!mayDiscard("closing the editor")) {
                e.consume();
            }
        });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** Saves over the file; a lesson with no file yet asks where. */
    public void save() {
        if (model.fileProperty().get() == null) {
            saveAs();
        } else {
            model.save();
        }
    }

    public void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the lesson as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Spinup lessons", "*.json"));
        Path current = model.fileProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        } else {
            chooser.setInitialFileName("my-lesson.json");
        }
        File file = chooser.showSaveDialog(stage.isShowing() ? stage : owner);
        if (file != null) {
            model.saveAs(file.toPath());
        }
    }

    /** Runs the draft in the main window without saving it. */
    private void run() {
        ScenarioText draft = model.draftProperty().get();
        if (draft != null && draft.isValid()) {
            main.openText(draft.source(), draft.text());
        }
    }

    private void close() {
        if (mayDiscard("closing the editor")) {
            stage.hide();
        }
    }

    /**
     * Whether unsaved changes may go: none, or the teacher saved them or chose to discard them. Asked before the
     * editor or the app closes.
     */
    public boolean mayDiscard(String doing) {
        if (!model.isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "\"" + model.titleProperty().get()
                + "\" has unsaved changes. Save them before " + doing + "?", saveButton, discard, cancel);
        alert.setHeaderText("Unsaved changes");
        alert.initOwner(stage.isShowing() ? stage : owner);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        if (answer.get() == saveButton) {
            save();
            return !model.isDirty();
        }
        model.discard();
        return true;
    }

    /** Asked when the edited file changed on disk while there are unsaved changes: true takes the file's text. */
    public boolean reloadOverUnsaved(Path file) {
        ButtonType reload = new ButtonType("Reload from disk", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep my changes", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, file + " changed on disk, and the editor has unsaved"
                + " changes. Reload the file (your changes are lost) or keep your changes (saving will replace the"
                + " file)?", reload, keep);
        alert.setHeaderText("The lesson file changed on disk");
        alert.initOwner(stage.isShowing() ? stage : owner);
        return alert.showAndWait().map(b -> b == reload).orElse(false);
    }
}
