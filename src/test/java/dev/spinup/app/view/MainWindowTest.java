package dev.spinup.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.app.player.ArmFrame;
import dev.spinup.app.player.LessonStep;
import dev.spinup.app.player.NarrationLine;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.run.ArmResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a real stage (headless Monocle), driven as a student and a teacher would drive it. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainViewModel model;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        TestWindow opened = TestWindow.on(stage, "main", 1600, 900);
        model = opened.model();
        prefs = opened.prefs();
        stage.show();
        model.open(MainViewModel.DEFAULT_LESSON);
    }

    /** Results are delivered to the FX thread later, as in the app: let them arrive before each test. */
    @BeforeEach
    void letTheLessonArrive() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theDefaultLessonOpensAtItsPredictStepWithPlayRefused(FxRobot robot) {
        assertEquals("Hello: one VM and one container", model.lesson().titleProperty().get());
        assertEquals(LessonStep.PREDICT, model.lesson().stepProperty().get());
        assertTrue(robot.lookup("#predictCard").query().isVisible());
        assertTrue(robot.lookup("#playButton").queryButton().isDisabled());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.player().playingProperty().get(), "Space does nothing before a prediction");
    }

    @Test
    void committingAPredictionLetsPlayAdvanceTimeAndPauseStopsIt(FxRobot robot) throws Exception {
        commit(robot, "the VM takes 20 s");
        assertEquals(LessonStep.OBSERVE, model.lesson().stepProperty().get());
        assertFalse(robot.lookup("#predictCard").query().isVisible());
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.player().timeProperty().get() > 0);
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        long paused = model.player().timeProperty().get();
        assertFalse(model.player().playingProperty().get());
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(paused, model.player().timeProperty().get());
    }

    @Test
    void arrowKeysStepBetweenEventsAndHomeEndJump(FxRobot robot) {
        commit(robot, "10 s");
        long[] events = model.loadedProperty().get().playback().eventTimes();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events[1], model.player().timeProperty().get());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events[1], model.player().timeProperty().get());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.player().endProperty().get(), model.player().timeProperty().get());
        assertEquals(LessonStep.EXPLAIN, model.lesson().stepProperty().get());
        assertTrue(robot.lookup("#revealCard").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.player().timeProperty().get());
    }

    @Test
    void seekingShowsTheStateTheTraceImpliesOnTheStage(FxRobot robot) {
        commit(robot, "1 s");
        var playback = model.loadedProperty().get().playback();
        long t = playback.eventTimes()[playback.eventCount() / 2];
        robot.interact(() -> model.player().seek(t));
        List<ArmFrame> frames = model.player().framesProperty().get();
        for (int a = 0; a < frames.size(); a++) {
            ArmResult arm = playback.arms().get(a).arm();
            long readyByTrace = arm.trace().stream().filter(e -> e instanceof ModelEvent.InstanceReady
                    && e.timeNanos() <= t).count();
            assertEquals(readyByTrace, frames.get(a).counts().ready());
        }
        StageView stage = robot.lookup("#stageView").queryAs(StageView.class);
        assertEquals(frames.size(), stage.grids().size(), "one tile grid per column drawn");
        assertEquals(frames.get(0).instances().size() + frames.get(0).nodeVms().size(), stage.grids().get(0).count());
        assertEquals(model.narration().allLines().stream().filter(l -> l.timeNanos() <= t).count(),
                model.narration().visibleLines().size());
    }

    @Test
    void clickingANarrationLineSeeksToIt(FxRobot robot) {
        commit(robot, "2 s");
        robot.interact(() -> model.player().toEnd());
        @SuppressWarnings("unchecked")
        ListView<NarrationLine> list = robot.lookup("#narrationList").queryAs(ListView.class);
        NarrationLine target = list.getItems().get(2);
        robot.interact(() -> list.scrollTo(2));
        robot.clickOn(robot.from(list).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        NarrationLine clicked = list.getSelectionModel().getSelectedItem();
        assertEquals(clicked.timeNanos(), model.player().timeProperty().get());
        assertNotEquals(model.player().endProperty().get(), model.player().timeProperty().get(),
                "seeked away from the end (the clicked line is " + target.text() + ")");
    }

    @Test
    void aBrokenFileShowsItsProblemsWithTheLineAndKeepsTheLessonOpen(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"workload\": {\"instnaces\": 5}\n  \"x\": 1\n}\n");
        var before = model.loadedProperty().get();
        robot.interact(() -> model.open(broken.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#problemsPane").query().isVisible());
        assertTrue(model.problems().problems().size() >= 1);
        assertTrue(model.problems().problems().get(0).toString().startsWith(broken.toString() + ":"));
        String excerpt = robot.lookup("#problemExcerpt").queryTextInputControl().getText();
        assertTrue(excerpt.contains("> "), excerpt);
        assertTrue(excerpt.contains("^"), excerpt);
        assertEquals(before, model.loadedProperty().get(), "the open lesson stays");
        robot.clickOn("#dismissProblemsButton");
        assertFalse(robot.lookup("#problemsPane").query().isVisible());
    }

    @Test
    void aGoodFileOpensAndJoinsTheRecentFiles(FxRobot robot, @TempDir Path dir) throws Exception {
        Path lesson = dir.resolve("mine.json");
        try (var in = getClass().getResourceAsStream("/dev/spinup/lessons/01-hello.json")) {
            Files.write(lesson, in.readAllBytes());
        }
        robot.interact(() -> model.open(lesson.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lesson.toString(), model.loadedProperty().get().source());
        assertEquals(List.of(lesson.toString()), model.recentFiles());
        assertEquals(lesson.toString(), prefs.get("recent.0", ""));
    }

    @Test
    void theLibraryOpensALessonAndItsSearchFilters(FxRobot robot) {
        robot.clickOn("#libraryToggle");
        robot.clickOn("#librarySearch").write("storm");
        @SuppressWarnings("unchecked")
        ListView<?> list = robot.lookup("#libraryList").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        robot.clickOn(robot.from(list).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Boot storm: 100 instances at once", model.lesson().titleProperty().get());
    }

    private void commit(FxRobot robot, String answer) {
        robot.clickOn("#predictAnswer").write(answer);
        Button commit = robot.lookup("#commitButton").queryButton();
        assertFalse(commit.isDisabled());
        robot.clickOn(commit);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
