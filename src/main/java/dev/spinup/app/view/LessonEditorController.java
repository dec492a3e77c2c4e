package dev.spinup.app.view;

import dev.spinup.app.viewmodel.LessonEditorViewModel;
import dev.spinup.app.viewmodel.LibraryViewModel;
import dev.spinup.scenario.json.Problem;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the lesson editor's FXML to its {@link LessonEditorViewModel}; the window around it is {@link LessonEditorWindow}. */
public final class LessonEditorController {

    @FXML private BorderPane root;
    @FXML private Button saveButton;
    @FXML private Button saveAsButton;
    @FXML private Button runButton;
    @FXML private MenuButton templateMenu;
    @FXML private Label fileLabel;
    @FXML private Label dirtyLabel;
    @FXML private TextField titleField;
    @FXML private TextArea descriptionField;
    @FXML private TextArea goalsField;
    @FXML private TextArea predictField;
    @FXML private TextArea noticeField;
    @FXML private TableView<LessonEditorViewModel.Knob> knobTable;
    @FXML private TableColumn<LessonEditorViewModel.Knob, String> knobPath;
    @FXML private TableColumn<LessonEditorViewModel.Knob, String> knobValue;
    @FXML private Label previewLabel;
    @FXML private FontIcon editorProblemIcon;
    @FXML private Label editorProblemsTitle;
    @FXML private ListView<Problem> editorProblemsList;
    @FXML private TextArea editorProblemExcerpt;
    @FXML private Label editorStatusLabel;

    /** What the buttons do beyond the view model: they need a window (file choosers, the main window). */
    public record Actions(Runnable save, Runnable saveAs, Runnable run, Consumer<String> newFrom) {
    }

    void bind(LessonEditorViewModel model, javafx.collections.ObservableList<LibraryViewModel.Entry> templates, Actions actions) {
        titleField.textProperty().bindBidirectional(model.titleProperty());
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        goalsField.textProperty().bindBidirectional(model.goalsProperty());
        predictField.textProperty().bindBidirectional(model.predictProperty());
        noticeField.textProperty().bindBidirectional(model.noticeProperty());
        previewLabel.textProperty().bind(model.previewProperty());
        editorStatusLabel.textProperty().bind(model.statusProperty());
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? "not saved as a file yet" : model.fileProperty().get().toString(), model.fileProperty()));
        dirtyLabel.textProperty().bind(Bindings.when(model.dirtyBinding()).then("● unsaved changes").otherwise(""));

        knobTable.setItems(model.knobs());
        knobPath.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
        knobValue.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        knobValue.setCellFactory(TextFieldTableCell.forTableColumn());
        knobValue.setOnEditCommit(e -> model.setKnob(e.getRowValue().path(), e.getNewValue()));

        var problems = model.problems();
        editorProblemsList.setItems(problems.problems());
        editorProblemsList.setCellFactory(list -> new ProblemCell());
        editorProblemsList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                problems.selectedProperty().set(now);
            }
        });
        editorProblemExcerpt.textProperty().bind(problems.excerptProperty());
        problems.problems().addListener((ListChangeListener<Problem>) c -> showProblemCount(problems.problems()));
        showProblemCount(problems.problems());

        saveButton.setOnAction(e -> actions.save().run());
        saveAsButton.setOnAction(e -> actions.saveAs().run());
        runButton.setOnAction(e -> actions.run().run());
        runButton.disableProperty().bind(Bindings.createBooleanBinding(() -> model.draftProperty().get() == null
                || !model.draftProperty().get().isValid(), model.draftProperty()));
        saveButton.setTooltip(new Tooltip("Save (Ctrl+S): written only if the lesson has no problems"));
        runButton.setTooltip(new Tooltip("Simulate this version in the main window without saving it"));
        Runnable fill = () -> {
            templateMenu.getItems().clear();
            for (LibraryViewModel.Entry lesson : templates) {
                MenuItem item = new MenuItem(lesson.title());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> actions.newFrom().accept(lesson.name()));
                templateMenu.getItems().add(item);
            }
        };
        templates.addListener((javafx.collections.ListChangeListener<LibraryViewModel.Entry>) c -> fill.run());
        fill.run();
    }

    private void showProblemCount(List<Problem> problems) {
        int n = problems.size();
        editorProblemsTitle.setText(n == 0 ? "No problems: the lesson can be saved" : n + (n == 1 ? " problem" : " problems")
                + ": the lesson cannot be saved until fixed");
        editorProblemIcon.setIconLiteral(n == 0 ? "mdi2c-check-circle" : "mdi2a-alert");
        editorProblemExcerpt.setVisible(n > 0);
        editorProblemExcerpt.setManaged(n > 0);
        if (n > 0 && editorProblemsList.getSelectionModel().isEmpty()) {
            editorProblemsList.getSelectionModel().select(0);
        }
    }

    BorderPane root() {
        return root;
    }
}
