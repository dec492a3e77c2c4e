package dev.spinup.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import java.awt.geom.Rectangle2D;
import java.util.prefs.Preferences;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every chart of the autoscaler lesson in the window's lower pane at 1280×720 keeps a plot of a readable height
 * (its legend beside it, its subtitles aside), as drawn by the viewer; at 1920×1080 and on a copy it is whole.
 */
@ExtendWith(ApplicationExtension.class)
class ChartFitWindowTest {

    private MainViewModel model;
    private Preferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow opened = TestWindow.on(stage, "chart-fit", 1280, 720);
        model = opened.model();
        prefs = opened.prefs();
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
        model.open("k8s-autoscaler-vs-vms");
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void at1280x720EveryChartKeepsItsPlotAndAt1920x1080ItIsWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        assertTrue(tabs.getTabs().size() >= 2);
        for (Tab tab : tabs.getTabs()) {
            ChartViewer viewer = show(robot, tabs, tab);
            Rectangle2D plot = plotArea(viewer);
            assertTrue(plot.getHeight() >= 0.3 * viewer.getHeight() && plot.getHeight() >= 50,
                    tab.getText() + ": the plot is " + plot.getHeight() + " px of the viewer's " + viewer.getHeight());
            assertTrue(ChartFit.isFitted(viewer.getChart()), tab.getText() + ": fitted to the short pane");
            // a copy for a slide is drawn whole, and the window's fit comes back after it
            JFreeChart chart = viewer.getChart();
            var whole = ChartFit.whole(chart, () -> {
                assertFalse(ChartFit.isFitted(chart));
                return ExportFormat.png().image(((dev.spinup.report.charts.Chart) tab.getUserData()).drawable(),
                        new ExportSize(1920, 1080));
            });
            assertEquals(1920, whole.getWidth());
            assertTrue(ChartFit.isFitted(chart), "the window's fit is back");
        }
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Tab tab : tabs.getTabs()) {
            ChartViewer viewer = show(robot, tabs, tab);
            assertFalse(ChartFit.isFitted(viewer.getChart()), tab.getText() + " at 1920x1080: " + viewer.getHeight());
            assertTrue(plotArea(viewer).getHeight() >= 0.4 * viewer.getHeight(), tab.getText());
        }
    }

    private static ChartViewer show(FxRobot robot, TabPane tabs, Tab tab) {
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = (ChartViewer) tab.getContent();
        // the canvas draws on the next pulse; ask it to draw now so its rendering info is of this layout
        robot.interact(() -> viewer.getCanvas().draw());
        return viewer;
    }

    private static Rectangle2D plotArea(ChartViewer viewer) {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        return info.getPlotInfo().getDataArea();
    }
}
