package dev.spinup.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.app.player.NarrationLine;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.engine.SimTime;
import java.util.Comparator;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "What is happening" in the real window: as playback moves, the newest line is in view at the bottom, the lines
 * above it follow each other without a gap up to the top of the list, and a long line wraps whole (no blank band
 * above the newest lines, no sentence cut).
 */
@ExtendWith(ApplicationExtension.class)
class NarrationListTest {

    private static final double EPS = 1.0;

    private MainViewModel model;
    private Preferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow opened = TestWindow.on(stage, "narration", 1920, 1080);
        model = opened.model();
        prefs = opened.prefs();
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theDensityLessonsNewestLinesStandAtTheBottomWithNoBandAboveThem(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        open(robot, "density", 30);
        assertTrue(narrationList(robot).getItems().size() > 40, "enough lines to overflow the list");
        assertLinesFillTheListDownToTheNewest(robot, "density opened at 30 s");
        for (double seconds : new double[] {8, 60, 30, 2}) {
            seek(seconds);
            assertLinesFillTheListDownToTheNewest(robot, "density at " + seconds + " s");
        }
        // the window resized under the list (a projector's resolution, a window dragged smaller and back)
        for (double[] size : new double[][] {{1280, 720}, {1920, 1080}, {1024, 768}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            seek(30);
            assertLinesFillTheListDownToTheNewest(robot, "density at 30 s in " + size[0] + "x" + size[1]);
        }
    }

    @Test
    void theClusterViewsLongLinesWrapWholeAt1280x720(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        open(robot, "k8s-autoscaler-vs-vms", 140);
        for (double seconds : new double[] {140, 40, 160}) {
            seek(seconds);
            assertLinesFillTheListDownToTheNewest(robot, "autoscaler at " + seconds + " s");
        }
        // a 1024-wide screen, where the list is narrow and its lines wrap onto many rows
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        for (double seconds : new double[] {140, 130, 141}) {
            seek(seconds);
            assertLinesFillTheListDownToTheNewest(robot, "autoscaler at " + seconds + " s in 1024x768");
        }
        // classroom mode: the projector's large type, every line and its time still whole
        robot.interact(() -> model.classroom().classroomProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        for (double seconds : new double[] {140, 40, 160}) {
            seek(seconds);
            ListView<NarrationLine> list = narrationList(robot);
            assertLinesFillTheListDownToTheNewest(robot, "autoscaler at " + seconds + " s");
            boolean wrapped = cells(list).stream().anyMatch(c -> sentence(c).getHeight()
                    > 1.8 * sentence(c).getFont().getSize());
            assertTrue(wrapped || seconds != 140, "some line of the autoscaler's narration is long enough to wrap");
        }
    }

    /** Opens the lesson and, as soon as it arrives (before the window has laid it out), passes the question and seeks. */
    private void open(FxRobot robot, String lesson, double seconds) {
        javafx.beans.value.ChangeListener<Object> arrived = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> obs, Object was, Object now) {
                if (now != null) {
                    model.loadedProperty().removeListener(this);
                    model.lesson().skip();
                    model.player().seek((long) (seconds * SimTime.SECOND));
                }
            }
        };
        robot.interact(() -> {
            model.loadedProperty().addListener(arrived);
            model.open(lesson);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void seek(double seconds) {
        Platform.runLater(() -> model.player().seek((long) (seconds * SimTime.SECOND)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertLinesFillTheListDownToTheNewest(FxRobot robot, String where) {
        ListView<NarrationLine> list = narrationList(robot);
        int newest = list.getItems().size() - 1;
        Bounds viewport = viewport(list);
        List<ListCell<NarrationLine>> shown = cells(list).stream()
                .filter(c -> inList(c, list).getMaxY() > viewport.getMinY() + EPS
                        && inList(c, list).getMinY() < viewport.getMaxY() - EPS)
                .sorted(Comparator.comparingInt(ListCell::getIndex)).toList();
        assertTrue(!shown.isEmpty(), where + ": some line is shown");
        ListCell<NarrationLine> last = shown.get(shown.size() - 1);
        assertEquals(newest, last.getIndex(), where + ": the newest line is the last shown");
        assertTrue(inList(last, list).getMaxY() <= viewport.getMaxY() + EPS,
                where + ": the newest line is whole, not cut by the list's bottom: " + inList(last, list)
                        + " in " + viewport);
        assertTrue(inList(shown.get(0), list).getMinY() <= viewport.getMinY() + EPS,
                where + ": lines reach the top of the list, no blank band: first shown " + inList(shown.get(0), list)
                        + " in " + viewport);
        for (int i = 1; i < shown.size(); i++) {
            Bounds above = inList(shown.get(i - 1), list);
            Bounds below = inList(shown.get(i), list);
            assertEquals(shown.get(i - 1).getIndex() + 1, shown.get(i).getIndex(), where + ": lines in order");
            assertEquals(above.getMaxY(), below.getMinY(), EPS, where + ": line " + shown.get(i).getIndex()
                    + " follows the one above it without a gap");
        }
        for (ListCell<NarrationLine> cell : shown) {
            Label time = (Label) cell.lookup(".narration-time");
            assertEquals(time.getText(), ((Text) time.lookup(".text")).getText(), where + ": the time is whole");
            Label sentence = sentence(cell);
            Text drawn = (Text) sentence.lookup(".text");
            assertEquals(cell.getItem().text(), drawn.getText(), where + ": the sentence is drawn whole");
            Bounds box = inList(sentence, list);
            assertTrue(box.getHeight() >= drawn.getLayoutBounds().getHeight() - EPS
                    && box.getMaxY() <= inList(cell, list).getMaxY() + EPS,
                    where + ": the wrapped sentence fits its line: " + box + " for text of "
                            + drawn.getLayoutBounds() + " in " + inList(cell, list) + ": " + cell.getItem().text());
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<NarrationLine> narrationList(FxRobot robot) {
        return robot.lookup("#narrationList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static List<ListCell<NarrationLine>> cells(ListView<NarrationLine> list) {
        return list.lookupAll(".list-cell").stream().map(n -> (ListCell<NarrationLine>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() != null).toList();
    }

    /** The sentence's label: the widest one in the cell's row. */
    private static Label sentence(ListCell<NarrationLine> cell) {
        return cell.lookupAll(".label").stream().filter(n -> n instanceof Label && n != cell).map(n -> (Label) n)
                .filter(l -> cell.getItem().text().equals(l.getText())).findFirst().orElseThrow();
    }

    private static Bounds viewport(ListView<NarrationLine> list) {
        Node clip = list.lookup(".clipped-container");
        return inList(clip, list);
    }

    private static Bounds inList(Node node, ListView<NarrationLine> list) {
        return list.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }
}
