package dev.spinup.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.app.player.ClusterFrame;
import dev.spinup.app.player.ClusterTimeline;
import dev.spinup.app.player.NodeMoment;
import dev.spinup.app.player.NodeState;
import dev.spinup.app.player.PodState;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.engine.SimTime;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cluster view in the real window on a real stage (headless Monocle), on a real cluster lesson. */
@ExtendWith(ApplicationExtension.class)
class ClusterWindowTest {

    private MainViewModel model;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        TestWindow opened = TestWindow.on(stage, "cluster-window", 1600, 900);
        model = opened.model();
        prefs = opened.prefs();
        stage.show();
        model.open("k8s-node-failure");
    }

    @BeforeEach
    void letTheLessonArrive(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#skipButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void seekingAfterTheFailureShowsTheNodeGreyedWithItsPodsLostAndItsCard(FxRobot robot) {
        ClusterView view = robot.lookup("#clusterView").queryAs(ClusterView.class);
        assertTrue(view.isVisible());
        assertFalse(robot.lookup("#stageView").query().isVisible(), "the cluster view stands in for the stage");

        // seek as a student does: press the scrubber where 50 s is
        TimelineScrubber scrubber = robot.lookup("#scrubber").queryAs(TimelineScrubber.class);
        double x = scrubber.xOf(50 * SimTime.SECOND);
        robot.moveTo(scrubber.localToScreen(x, scrubber.getHeight() / 2)).press(javafx.scene.input.MouseButton.PRIMARY)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        long t = model.player().timeProperty().get();
        assertTrue(t > 30 * SimTime.SECOND && t < 70 * SimTime.SECOND, "between the failure and NotReady: " + t);

        ClusterTimeline cluster = model.cluster().clustersProperty().get().get(0);
        ClusterFrame shown = view.frames().get(0);
        assertEquals(t, shown.timeNanos(), "the view draws the player's moment");
        int failed = cluster.nodes().indexOf(cluster.nodes().stream().filter(n -> n.times().failedAt() >= 0)
                .findFirst().orElseThrow());
        NodeMoment down = shown.nodes().get(failed);
        assertEquals(NodeState.FAILED, down.state());
        assertEquals(10, down.pods().size());
        assertTrue(down.pods().stream().allMatch(p -> p.state() == PodState.LOST));

        // what is drawn: the failed node's box is greyed, a Ready node's is not
        String name = cluster.nodes().get(failed).name();
        String ready = cluster.nodes().get(failed == 0 ? 1 : 0).name();
        assertTrue(isGrey(pixelInBox(robot, view, name)), "failed node greyed");
        assertFalse(isGrey(pixelInBox(robot, view, ready)), "a Ready node is not");

        // the hover card of the failed node says what happened and when the control plane notices
        Point2D over = view.pointOf(0, name).orElseThrow();
        robot.moveTo(view.localToScreen(over.getX(), over.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        VBox card = robot.lookup("#hoverCard").queryAs(VBox.class);
        assertTrue(card.isVisible());
        String text = card.getChildren().stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("failed at 30.0 s") && text.contains("until 70.0 s"), text);
        assertTrue(text.contains("Source [E]"), text);

        // the legend names what this lesson shows, a failed node included
        javafx.scene.layout.Pane legend = robot.lookup("#legendBox").queryAs(javafx.scene.layout.Pane.class);
        assertTrue(legend.getChildren().stream().anyMatch(n -> ((Label) n).getText().equals("node failed")));
    }

    @Test
    void theEndShowsEveryPodRunningElsewhereAndNarrationSaysWhenTheyCameBack(FxRobot robot) {
        robot.type(javafx.scene.input.KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        ClusterView view = robot.lookup("#clusterView").queryAs(ClusterView.class);
        ClusterFrame end = view.frames().get(0);
        assertEquals(40, end.ready());
        assertEquals(1, end.nodes(NodeState.NOT_READY));
        assertTrue(end.nodes().stream().filter(n -> n.state() == NodeState.NOT_READY)
                .allMatch(n -> n.pods().isEmpty()), "evicted");
        assertTrue(model.narration().visibleLines().stream()
                .anyMatch(l -> l.text().startsWith("10 pods evicted from") && l.text().contains("Ready again at")));
    }

    private static Color pixelInBox(FxRobot robot, ClusterView view, String node) {
        Point2D header = view.pointOf(0, node).orElseThrow();
        PixelReader pixels = snapshot(robot, view).getPixelReader();
        // just inside the box's right edge, below its header: background, not a tile or text
        var box = view.layouts().get(0).boxes().stream().filter(b -> b.box().contains(header.getX(), header.getY()))
                .findFirst().orElseThrow().box();
        return pixels.getColor((int) (box.x() + box.width() - 5), (int) (box.y() + box.height() - 5));
    }

    private static Image snapshot(FxRobot robot, ClusterView view) {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        return image[0];
    }

    private static boolean isGrey(Color c) {
        return c.getBrightness() < 0.97 && c.getSaturation() < 0.1;
    }
}
