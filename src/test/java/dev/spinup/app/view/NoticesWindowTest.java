package dev.spinup.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.app.viewmodel.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window (headless Monocle): a lesson whose host memory is written "512 GB" shows a notice badge in the
 * header, and clicking it shows the decimal-units notice; a lesson without notices shows no badge.
 */
@ExtendWith(ApplicationExtension.class)
class NoticesWindowTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        TestWindow opened = TestWindow.on(stage, "notices", 1600, 900);
        model = opened.model();
        prefs = opened.prefs();
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private void openAndWait(String nameOrPath, String title) throws Exception {
        robotOpen(nameOrPath);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.loadedProperty().get() != null
                && model.lesson().titleProperty().get().equals(title));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void robotOpen(String nameOrPath) {
        WaitForAsyncUtils.asyncFx(() -> model.open(nameOrPath));
    }

    @Test
    void aDecimalUnitIsANoticeInTheWindowAndALessonWithoutNoticesShowsNone(FxRobot robot) throws Exception {
        Path file = dir.resolve("decimal.json");
        Files.writeString(file, """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Decimal host", "description": "d", "goals": ["g"], "predict": "p?",
                             "notice": "n"},
                  "hardware": {"hosts": [{"memory": "512 GB"}]},
                  "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "ubuntu-cloud",
                              "vcpus": 1, "memory": "1 GiB"}],
                  "workload": {"app": "nginx", "instances": 2}
                }
                """);
        openAndWait(file.toString(), "Decimal host");
        ToggleButton badge = robot.lookup("#noticesToggle").queryAs(ToggleButton.class);
        assertTrue(badge.isVisible(), "the badge shows");
        assertEquals("1 notice", badge.getText());
        assertFalse(robot.lookup("#noticesPane").query().isVisible(), "the card waits for a click");
        robot.clickOn(badge);
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup("#noticesPane").query();
        assertTrue(card.isVisible(), "clicking the badge opens the card");
        Label text = robot.from(card).lookup(".notice-text").queryAs(Label.class);
        assertEquals("hardware.hosts[0].memory = 512 GB (decimal: 512 000 000 000 bytes = 476.8 GiB) is written in"
                + " decimal units (GB = 10⁹ bytes, not GiB = 2³⁰)", text.getText());
        assertTrue(text.isVisible() && text.getHeight() > 0, "drawn in the window");
        assertEquals("Decimal units", robot.from(card).lookup(".notice-title").queryAs(Label.class).getText());
        // the card stands over the stage, never over the charts below it
        Node charts = robot.lookup("#chartTabs").query();
        assertTrue(card.localToScene(card.getBoundsInLocal()).getMaxY()
                <= charts.localToScene(charts.getBoundsInLocal()).getMinY(), "the charts stay uncovered");

        openAndWait("hello", "Hello: one VM and one container");
        assertFalse(robot.lookup("#noticesToggle").query().isVisible(), "no notices, no badge");
        assertFalse(robot.lookup("#noticesPane").query().isVisible(), "and no card");
        assertTrue(robot.lookup(".notice-text").queryAll().isEmpty(), "no notice anywhere in the window");
    }
}
