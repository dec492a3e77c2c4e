package dev.spinup.app.view;

import dev.spinup.app.viewmodel.Handouts;
import dev.spinup.app.viewmodel.LessonEditorViewModel;
import dev.spinup.app.viewmodel.LoadedLesson;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.SlideExport;
import dev.spinup.app.viewmodel.SlidePreset;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.Slug;
import dev.spinup.run.task.ProgressListener;
import dev.spinup.run.task.TaskExecutor;
import dev.spinup.app.viewmodel.LibraryViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;

/**
 * The teacher's File and Help menus and each chart's context menu: lessons from templates, open, edit, save, export
 * for slides, the handout, the stage picture, copy a chart, About. Long work (exports) runs on the task executor;
 * results and failures come back to the status line.
 */
public final class TeacherMenus {

    private final Stage stage;
    private final MainViewModel model;
    private final MainController controller;
    private final LessonEditorViewModel editorModel;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Choosers choosers;
    private final javafx.collections.ObservableList<LibraryViewModel.Entry> templates;
    private LessonEditorWindow editor;

    public TeacherMenus(Stage stage, MainViewModel model, MainController controller, LessonEditorViewModel editorModel,
                        TaskExecutor executor, Executor uiThread, Choosers choosers, javafx.collections.ObservableList<LibraryViewModel.Entry> templates) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.model = Objects.requireNonNull(model, "model");
        this.controller = Objects.requireNonNull(controller, "controller");
        this.editorModel = Objects.requireNonNull(editorModel, "editorModel");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.choosers = Objects.requireNonNull(choosers, "choosers");
        this.templates = templates;
        fillFile(controller.fileMenu());
        fillHelp(controller.helpMenu());
        controller.decorateCharts(this::decorate);
        stage.setOnCloseRequest(e -> {
            if (!editor().mayDiscard("quitting Spinup")) {
                e.consume();
            }
        });
    }

    private void fillFile(Menu file) {
        Menu fromTemplate = new Menu("New lesson from template");
        Runnable fillTemplates = () -> {
            fromTemplate.getItems().clear();
            for (LibraryViewModel.Entry lesson : templates) {
                fromTemplate.getItems().add(item(lesson.title(), null, () -> newFrom(lesson.name())));
            }
        };
        templates.addListener((ListChangeListener<LibraryViewModel.Entry>) c -> fillTemplates.run());
        fillTemplates.run();
        Menu recent = new Menu("Open recent");
        recent.setId("recentFilesMenu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (String path : model.recentFiles()) {
                recent.getItems().add(item(path, null, () -> model.open(path)));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentFiles().addListener((ListChangeListener<String>) c -> fillRecent.run());
        fillRecent.run();
        file.getItems().setAll(
                fromTemplate,
                item("Open…", shortcut(KeyCode.O), controller::chooseFile),
                recent,
                new SeparatorMenuItem(),
                item("Edit lesson…", shortcut(KeyCode.L), () -> editor().show()),
                item("Save", shortcut(KeyCode.S), () -> editor().save()),
                item("Save as…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> editor().saveAs()),
                new SeparatorMenuItem(),
                item("Export charts for slides…", shortcut(KeyCode.E), () -> askExport(false)),
                item("Export the stage (PNG and SVG)…", null, this::askStageExport),
                item("Export the handout (PDF)…", shortcut(KeyCode.H), this::askHandout),
                item("Copy the chart as an image", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> controller.selectedChart().ifPresent(this::copy)),
                new SeparatorMenuItem(),
                item("Quit", shortcut(KeyCode.Q), () -> {
                    if (editor().mayDiscard("quitting Spinup")) {
                        stage.close();
                    }
                }));
    }

    private void fillHelp(Menu help) {
        help.getItems().setAll(
                item("Sources of the numbers…", null, () -> AboutDialog.sourcesPage(stage).show()),
                item("About Spinup", null, () -> AboutDialog.create(stage).show()));
    }

    /** A chart's context menu gains slide export and copy, beside jfreechart-fx's own items. */
    private void decorate(ChartViewer viewer, Chart chart) {
        var menu = viewer.getContextMenu();
        if (menu == null) {
            return;
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("Export for slides (PNG, SVG, PDF, CSV)…", null, () -> askExport(true, chart)),
                item("Copy as image", null, () -> copy(chart)));
    }

    private void askExport(boolean onlyThis) {
        askExport(onlyThis, controller.selectedChart().orElse(null));
    }

    private void askExport(boolean onlyThis, Chart chart) {
        LoadedLesson lesson = model.loadedProperty().get();
        if (lesson == null) {
            return;
        }
        var dialog = ExportDialog.create(stage, chart == null ? null : chart.title());
        if (onlyThis && chart != null) {
            ((javafx.scene.control.ChoiceBox<?>) dialog.getDialogPane().lookup("#exportScope"))
                    .getSelectionModel().select(1);
        }
        dialog.showAndWait().ifPresent(choice -> choosers.folder(stage, "Export the charts into").ifPresent(folder ->
                export(new SlideExport(choice.formats(), choice.preset(), choice.theme(),
                        choice.onlySelected() && chart != null ? Optional.of(chart.slug()) : Optional.<Slug>empty(),
                        folder))));
    }

    /** Starts a new lesson from the built-in lesson {@code name} in the editor (asking first about unsaved edits). */
    public void newFrom(String name) {
        if (editor().mayDiscard("starting a new lesson")) {
            editorModel.newFrom(name);
            editor().show();
        }
    }

    /** Runs an export off the UI thread and says in the status line what was written, or why not. */
    public void export(SlideExport export) {
        LoadedLesson lesson = model.loadedProperty().get();
        model.tell("Exporting to " + export.folder() + "…");
        executor.submit(export.task(lesson.run()), ProgressListener.NONE).result().whenComplete((files, failure) ->
                uiThread.execute(() -> model.tell(failure == null ? "Exported " + files.size() + " files to "
                        + export.folder() : "Export failed: " + reason(failure))));
    }

    private void askHandout() {
        LoadedLesson lesson = model.loadedProperty().get();
        if (lesson == null) {
            return;
        }
        String name = Slug.of(lesson.file().scenario().lesson().title()).fileName("pdf");
        choosers.saveFile(stage, "Save the handout as", name, "PDF", "*.pdf").ifPresent(this::handout);
    }

    /** Writes the open lesson's handout to {@code file} off the UI thread. */
    public void handout(Path file) {
        LoadedLesson lesson = model.loadedProperty().get();
        model.tell("Writing the handout…");
        executor.submit(Handouts.task(lesson, file), ProgressListener.NONE).result().whenComplete((path, failure) ->
                uiThread.execute(() -> model.tell(failure == null ? "Handout written: " + path
                        : "Handout failed: " + reason(failure))));
    }

    private void askStageExport() {
        if (model.loadedProperty().get() == null) {
            return;
        }
        choosers.saveFile(stage, "Export the stage as (a .png and a .svg are written)", "stage.png", "PNG",
                "*.png").ifPresent(this::exportStage);
    }

    /**
     * Writes the stage at the current moment as {@code file} (PNG) and beside it as SVG, at full-HD size: the view
     * on screen, the cluster view for a cluster lesson.
     */
    public void exportStage(Path file) {
        try {
            StageCanvas shown = controller.clusterView().isVisible() ? controller.clusterView()
                    : controller.stageView();
            List<Path> written = StageExport.write(shown, file, SlidePreset.FULL_HD.size());
            model.tell("Stage exported: " + written.get(0) + " and " + written.get(1).getFileName());
        } catch (java.io.IOException | RuntimeException e) {
            model.tell("Stage export failed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
    }

    /** Puts the chart on the clipboard as an image at the full-HD slide size. */
    public void copy(Chart chart) {
        java.util.function.Supplier<java.awt.image.BufferedImage> draw = () -> ExportFormat.png().image(
                chart.drawable(), SlidePreset.FULL_HD.size());
        Image image = SwingFXUtils.toFXImage(chart.jfreeChart().map(c -> ChartFit.whole(c, draw)).orElseGet(draw),
                null);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        model.tell("Copied \"" + chart.title() + "\" as an image (1920 × 1080)");
    }

    /** The editor window, made the first time it is needed. */
    public LessonEditorWindow editor() {
        if (editor == null) {
            editor = new LessonEditorWindow(editorModel, model, stage, templates);
        }
        return editor;
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
