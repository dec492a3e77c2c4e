package dev.spinup.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.spinup.app.SpinupApp;
import dev.spinup.app.player.ArmFrame;
import dev.spinup.app.player.LessonStep;
import dev.spinup.app.viewmodel.LoadedLesson;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.RecentFiles;
import dev.spinup.engine.SimTime;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.DirectTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The what-if panel and classroom mode in the real window (headless Monocle), driven as a teacher would. */
@ExtendWith(ApplicationExtension.class)
class WhatIfWindowTest {

    private MainViewModel model;
    private Preferences prefs;
    private SpinupApp.Window window;
    private final List<LoadedLesson> shown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        prefs = Preferences.userRoot().node("dev/spinup/test/" + System.nanoTime());
        model = new MainViewModel(new DirectTaskExecutor(), Platform::runLater, new RecentFiles(prefs), Theme.SCREEN);
        window = SpinupApp.Window.load(model, false);
        Scene scene = new Scene(window.root(), 1600, 900);
        window.controller().installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        model.loadedProperty().addListener((obs, was, now) -> shown.add(now));
        model.open("boot-storm");
    }

    @BeforeEach
    void letTheLessonArrive(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#whatIfToggle");
        WaitForAsyncUtils.waitForFxEvents();
        shown.clear();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private Slider instancesSlider(FxRobot robot) {
        return robot.lookup("#knob-instances").queryAs(Slider.class);
    }

    /** The last y of every series of the chart on the selected tab: ready instances at the end, for this chart. */
    private static List<Double> lastValues(ChartViewer viewer) {
        XYDataset data = ((XYPlot) viewer.getChart().getPlot()).getDataset();
        List<Double> last = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            last.add(data.getYValue(s, data.getItemCount(s) - 1));
        }
        return last;
    }

    @Test
    void changingAKnobUpdatesTheChartAndTheStageAndKeepsThePosition(FxRobot robot) {
        robot.interact(() -> model.lesson().skip());
        long at = 3 * SimTime.SECOND;
        robot.interact(() -> model.player().seek(at));
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        Tab ready = tabs.getTabs().stream().filter(t -> t.getText().toLowerCase().contains("ready")).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(ready));
        ChartViewer before = (ChartViewer) ready.getContent();
        assertEquals(List.of(100.0, 100.0, 100.0), lastValues(before));

        robot.interact(() -> instancesSlider(robot).setValue(40));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, shown.size(), "one re-simulation shown");
        assertEquals(at, model.player().timeProperty().get(), "the playback position is kept");
        assertEquals(LessonStep.OBSERVE, model.lesson().stepProperty().get());
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        assertEquals(ready.getText(), selected.getText(), "the chart the class looked at stays selected");
        ChartViewer after = (ChartViewer) selected.getContent();
        assertNotSame(before, after);
        assertEquals(List.of(40.0, 40.0, 40.0), lastValues(after));
        String title = robot.lookup("#lessonTitle").queryAs(Label.class).getText();
        assertTrue(title.startsWith(model.lesson().titleProperty().get() + " — what if: instances 40"),
                "the lesson's title, written for 100, says what the run on screen changed: " + title);
        StageView stage = robot.lookup("#stageView").queryAs(StageView.class);
        for (int a = 0; a < 3; a++) {
            assertEquals(40, stage.grids().get(a).count(), "40 tiles in column " + a);
        }
        for (ArmFrame frame : model.player().framesProperty().get()) {
            assertEquals(40, frame.counts().total());
            assertEquals(at, frame.timeNanos());
        }
        var row = window.controller().whatIf().rows().get(0);
        assertTrue(row.node().getStyleClass().contains("changed"), "the changed knob is marked");
        robot.clickOn("#knob-row-instances .knob-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100, model.player().framesProperty().get().get(0).counts().total(), "back to the lesson");
        assertFalse(row.node().getStyleClass().contains("changed"));
        assertEquals(100, instancesSlider(robot).getValue());
        assertEquals(model.lesson().titleProperty().get(), robot.lookup("#lessonTitle").queryAs(Label.class).getText());
    }

    @Test
    void aSupersededWhatIfRunNeverShows(FxRobot robot) {
        // Both runs finish before either result reaches the UI thread: only the latest may be shown.
        robot.interact(() -> {
            instancesSlider(robot).setValue(30);
            instancesSlider(robot).setValue(70);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, shown.size(), "only the latest of two re-simulations is shown");
        assertEquals(70, shown.get(0).run().scenario().workload().instances());
        assertEquals(70, model.player().framesProperty().get().get(0).counts().total());
        assertFalse(model.whatIf().busyProperty().get());
    }

    @Test
    void anActionAtThePlaybackTimeJoinsTheTimelineAndIsUndoable(FxRobot robot) {
        robot.interact(() -> model.lesson().skip());
        long at = 2 * SimTime.SECOND;
        robot.interact(() -> model.player().seek(at));
        robot.interact(() -> robot.lookup("#startButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(at, model.player().timeProperty().get());
        assertEquals(110, model.loadedProperty().get().run().arms().get(1).instances().size(),
                "the spinner's 10 more joined the 100");
        assertEquals(1, model.loadedProperty().get().file().scenario().timeline().size(),
                "the action is kept in the lesson that Save writes");
        assertEquals(1, model.whatIf().actions().size());
        robot.interact(() -> model.whatIf().undo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.loadedProperty().get().file().scenario().timeline().size());
        assertEquals(100, model.loadedProperty().get().run().arms().get(1).instances().size());
    }

    @Test
    void classroomModeScalesEveryFontThroughTheRootAndCtrlPlusMinusScaleFurther(FxRobot robot) {
        Label title = robot.lookup("#lessonTitle").queryAs(Label.class);
        double normal = title.getFont().getSize();
        assertEquals(ClassroomMode.NORMAL_FONT * 1.45, normal, 0.15);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.root().applyCss());
        assertTrue(model.classroom().classroomProperty().get());
        assertTrue(window.root().getStyleClass().contains("classroom"));
        assertEquals(ClassroomMode.CLASSROOM_FONT * 1.45, title.getFont().getSize(), 0.15);
        for (javafx.scene.control.Labeled step : List.of(robot.lookup("#stepPredict").queryLabeled(),
                robot.lookup("#stepObserve").queryLabeled(), robot.lookup("#classroomButton").queryLabeled())) {
            robot.interact(() -> window.root().layout());
            assertTrue(step.getWidth() >= step.prefWidth(-1) - 0.5, step.getText() + " keeps its words at classroom"
                    + " size: " + step.getWidth() + " px of " + step.prefWidth(-1));
        }
        assertFalse(robot.lookup("#openButton").query().isVisible(), "opening files gives the title its room");
        var classroomItem = (javafx.scene.control.CheckMenuItem) window.controller().viewMenu().getItems().stream()
                .filter(i -> "classroomMenuItem".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(classroomItem.isSelected(), "the View menu shows classroom mode on");
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        double statusClassroom = status.getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.root().applyCss());
        assertEquals(ClassroomMode.CLASSROOM_FONT * 1.45 * 1.15, title.getFont().getSize(), 0.15);
        assertEquals(statusClassroom * 1.15, status.getFont().getSize(), 0.15, "every font, not one control");
        StageView stage = robot.lookup("#stageView").queryAs(StageView.class);
        assertEquals(ClassroomMode.CLASSROOM_FONT * 1.15 / ClassroomMode.NORMAL_FONT,
                stage.fontScaleProperty().get(), 1e-9, "the stage's own text follows");
        var shownChart = ((org.jfree.chart.fx.ChartViewer) robot.lookup("#chartTabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getContent()).getChart();
        assertEquals(model.chartTheme().style().fonts().title() * stage.fontScaleProperty().get(),
                shownChart.getTitle().getFont().getSize2D(), 0.01, "and so does the charts' type");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.root().applyCss());
        assertFalse(model.classroom().classroomProperty().get());
        assertEquals(normal / 1.15, title.getFont().getSize(), 0.15);
        assertFalse(classroomItem.isSelected());
        assertEquals(model.chartTheme().style().fonts().title() / 1.15, shownChart.getTitle().getFont().getSize2D(),
                0.01, "the charts go back with the window");
        robot.interact(classroomItem::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.classroom().classroomProperty().get(), "the View menu's item enters classroom mode too");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClickersPageDownPassesTheQuestionThenStepsEventsAndPageUpStepsBack(FxRobot robot) {
        assertEquals(LessonStep.PREDICT, model.lesson().stepProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LessonStep.OBSERVE, model.lesson().stepProperty().get());
        long[] events = model.loadedProperty().get().playback().eventTimes();
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events[2], model.player().timeProperty().get());
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events[1], model.player().timeProperty().get());
    }
}
