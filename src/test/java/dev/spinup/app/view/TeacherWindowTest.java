package dev.spinup.app.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.spinup.app.SpinupApp;
import dev.spinup.app.viewmodel.AppPreferences;
import dev.spinup.app.viewmodel.LessonEditorViewModel;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.RecentFiles;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.DirectTaskExecutor;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.ScenarioReader;
import dev.spinup.scenario.json.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The teacher's side of the real window (headless Monocle): the lesson editor on a real file, following the file on
 * disk, and refusing what would lose work or write a broken lesson.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherWindowTest {

    static final String TITLE = "Hello: one VM and one container";

    @TempDir
    Path dir;

    private MainViewModel model;
    private TeacherTools tools;
    private Preferences prefs;
    private Path lesson;
    private String original;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        prefs = Preferences.userRoot().node("dev/spinup/test/" + System.nanoTime());
        original = Lessons.builtInText("hello").orElseThrow();
        lesson = dir.resolve("hello.json");
        Files.writeString(lesson, original);
        model = new MainViewModel(new DirectTaskExecutor(), Platform::runLater, new RecentFiles(prefs), Theme.SCREEN);
        SpinupApp.Window window = SpinupApp.Window.load(model, false);
        Scene scene = new Scene(window.root(), 1600, 900);
        window.controller().installShortcuts(scene);
        stage.setScene(scene);
        tools = TeacherTools.install(stage, model, window.controller(), new AppPreferences(prefs),
                new DirectTaskExecutor(), Platform::runLater, new FixedChoosers(dir), model.library().lessons());
        stage.show();
        model.open(lesson.toString());
    }

    /** Answers every chooser with a place in the test's folder. */
    record FixedChoosers(Path dir) implements Choosers {
        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.of(dir.resolve("slides"));
        }

        @Override
        public Optional<Path> saveFile(Window owner, String title, String suggestedName, String description,
                                       String pattern) {
            return Optional.of(dir.resolve(suggestedName));
        }
    }

    @BeforeEach
    void letTheLessonArrive() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeEverything() throws Exception {
        tools.follower().close();
        // closing asks about unsaved edits; each test has checked what it needed of them
        FxToolkit.setupFixture(() -> tools.editor().discard());
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    private LessonEditorViewModel editor() {
        return tools.editor();
    }

    private void openEditor(FxRobot robot) {
        robot.interact(() -> tools.menus().editor().show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theEditorShowsTheOpenLessonAndThePreviewHasThisRunsFigures(FxRobot robot) {
        openEditor(robot);
        assertEquals(TITLE, robot.lookup("#titleField").queryAs(TextField.class).getText());
        String notice = robot.lookup("#noticeField").queryAs(TextArea.class).getText();
        assertTrue(notice.contains("{vm.startup}"), notice);
        String preview = robot.lookup("#previewLabel").queryAs(Label.class).getText();
        assertFalse(preview.contains("{"), preview);
        assertEquals(model.loadedProperty().get().explanation().lines().findFirst().orElseThrow(), preview.strip()
                .lines().findFirst().orElseThrow(), "the preview is the explanation the window shows");
        assertFalse(editor().isDirty());
    }

    @Test
    void savingWritesOnlyTheChangedValueAndTheFileValidatesAndReloadsEqual(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.interact(() -> robot.lookup("#titleField").queryAs(TextField.class).setText("Hello, edited"));
        robot.interact(() -> robot.lookup("#goalsField").queryAs(TextArea.class)
                .setText("Name a VM's phases.\n\nName a container's phases.\n"));
        assertTrue(editor().isDirty());
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        String saved = Files.readString(lesson);
        String expected = original.replace("\"title\": \"" + TITLE + "\"", "\"title\": \"Hello, edited\"")
                .replaceFirst("(?s)\"goals\": \\[.*?\\n    \\]",
                        "\"goals\": [\n      \"Name a VM's phases.\",\n      \"Name a container's phases.\"\n    ]");
        assertEquals(expected, saved, "everything but the two values is as the file was written");
        ScenarioFile reread = new ScenarioReader().read(lesson);
        assertEquals("Hello, edited", reread.scenario().lesson().title());
        assertTrue(reread.tree().sameContent(editor().draftProperty().get().tree().orElseThrow()));
        assertFalse(editor().isDirty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Hello, edited".equals(model.lesson().titleProperty()
                .get()));
        assertEquals(reread.scenario(), model.loadedProperty().get().file().scenario(),
                "the window runs the saved lesson");
    }

    @Test
    void aBrokenEditIsRefusedWithItsErrorAndTheFileStaysByteIdentical(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(lesson);
        openEditor(robot);
        robot.interact(() -> robot.lookup("#noticeField").queryAs(TextArea.class)
                .setText("The VM needs {vm.nonsense}."));
        robot.interact(() -> editor().setKnob("workload.instances", "-5"));
        @SuppressWarnings("unchecked")
        ListView<Problem> problems = robot.lookup("#editorProblemsList").queryAs(ListView.class);
        assertEquals(2, problems.getItems().size(), problems.getItems()::toString);
        assertTrue(problems.getItems().stream().anyMatch(p -> p.path().toString().equals("$.lesson.notice")));
        assertTrue(problems.getItems().stream().anyMatch(p -> p.path().toString().equals("$.workload.instances")));
        assertTrue(robot.lookup("#editorProblemExcerpt").queryAs(TextArea.class).getText().contains("^"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().statusProperty().get().startsWith("Not saved: the lesson has 2 problems"),
                editor().statusProperty().get());
        assertArrayEquals(before, Files.readAllBytes(lesson));
        assertTrue(editor().isDirty(), "the teacher's edits are still there to fix");
        assertTrue(robot.lookup("#runButton").queryButton().isDisabled());
        assertEquals(TITLE, model.lesson().titleProperty().get());
    }

    @Test
    void aChangeOnDiskIsFollowedAndABrokenOneShowsItsProblemsKeepingTheLesson(FxRobot robot) throws Exception {
        openEditor(robot);
        Files.writeString(lesson, original.replace(TITLE, "Changed in VS Code"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Changed in VS Code".equals(model.lesson()
                .titleProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Changed in VS Code", robot.lookup("#titleField").queryAs(TextField.class).getText());

        Files.writeString(lesson, original.replace("\"instances\": 1", "\"instances\": 1,,"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.problems().showingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Changed in VS Code", model.lesson().titleProperty().get(), "the lesson that was open stays");
        assertTrue(model.problems().problems().get(0).toString().startsWith(lesson + ":"));
        assertFalse(editor().problems().problems().isEmpty(), "the editor shows the same problems");
        assertFalse(editor().isDirty(), "the broken text is what is on disk, not an unsaved change");
    }

    @Test
    void aChangeOnDiskOverUnsavedEditsAsksAndKeepsThemWhenTold(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.interact(() -> robot.lookup("#titleField").queryAs(TextField.class).setText("My unsaved title"));
        Files.writeString(lesson, original.replace(TITLE, "Someone else's title"));
        // Under load the dialog's button exists before its window is shown; clicking then misses it.
        // An earlier test's closed dialog may still hold a button of that name: click the one that is showing.
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> showing = () -> robot
                .lookup("Keep my changes").queryAll().stream()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .findFirst();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing.get().isPresent());
        robot.clickOn(showing.get().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Keep my changes").queryAll().stream().noneMatch(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()),
                "one change on disk asks once, even when the save arrives as several file events");
        assertEquals("My unsaved title", robot.lookup("#titleField").queryAs(TextField.class).getText());
        assertTrue(editor().isDirty());
        assertEquals(TITLE, model.lesson().titleProperty().get(), "nothing was reloaded");
        assertEquals(original.replace(TITLE, "Someone else's title"), editor().savedText());
    }

    @Test
    void aNewLessonFromATemplateIsSavedAsANewFile(FxRobot robot) throws Exception {
        robot.interact(() -> tools.menus().newFrom("density"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().isDirty(), "a new lesson is unsaved until it has a file");
        robot.interact(() -> robot.lookup("#titleField").queryAs(TextField.class).setText("My density lesson"));
        Path target = dir.resolve("mine.json");
        robot.interact(() -> assertTrue(editor().saveAs(target)));
        ScenarioFile mine = new ScenarioReader().read(target);
        assertEquals("My density lesson", mine.scenario().lesson().title());
        assertEquals(Lessons.load("density").scenario().workload(), mine.scenario().workload());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "My density lesson".equals(model.lesson()
                .titleProperty().get()));
    }
}
