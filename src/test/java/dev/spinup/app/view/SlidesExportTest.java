package dev.spinup.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.app.SpinupApp;
import dev.spinup.app.viewmodel.AppPreferences;
import dev.spinup.app.viewmodel.Handouts;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.SlideExport;
import dev.spinup.app.viewmodel.SlidePreset;
import dev.spinup.model.catalogue.Source;
import dev.spinup.report.ExportsReadBack;
import dev.spinup.report.ReportFormat;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.export.ExportManifest;
import dev.spinup.report.handout.Handout;
import dev.spinup.report.handout.HandoutPdf;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.DirectTaskExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** Taking the lesson to the slides from the real window: exports, the handout, the stage picture, the clipboard. */
@ExtendWith(ApplicationExtension.class)
class SlidesExportTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private TeacherTools tools;
    private Preferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow opened = TestWindow.on(stage, "slides", 1600, 900);
        model = opened.model();
        prefs = opened.prefs();
        SpinupApp.Window window = opened.window();
        tools = TeacherTools.install(stage, model, window.controller(), new AppPreferences(prefs),
                new DirectTaskExecutor(), Platform::runLater, new TeacherWindowTest.FixedChoosers(dir),
                model.library().lessons());
        stage.show();
        model.open(MainViewModel.DEFAULT_LESSON);
    }

    @BeforeEach
    void letTheLessonArrive() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeEverything() throws Exception {
        tools.follower().close();
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    @Test
    void fileExportWritesEveryChartInEveryFormatAtTheSlideSizeAndTheyReadBack(FxRobot robot) throws Exception {
        // File > Export… through its accelerator, the dialog as the teacher sees it, OK, and the folder chooser
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportPreset").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#exportPreset").<javafx.scene.control.ChoiceBox<SlidePreset>>query()
                .setValue(SlidePreset.HD));
        robot.clickOn("OK");
        Path slides = dir.resolve("slides");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(slides.resolve(ExportManifest.FILE_NAME)));
        List<Chart> charts = model.loadedProperty().get().charts();
        for (Chart chart : charts) {
            BufferedImage png = ExportsReadBack.png(Files.readAllBytes(slides.resolve(chart.slug().fileName("png"))));
            assertEquals(1280, png.getWidth());
            assertEquals(720, png.getHeight());
            assertTrue(ExportsReadBack.inkShare(png) > 0.01, chart.slug() + " is drawn");
            assertFalse(ExportsReadBack.svgTexts(Files.readAllBytes(slides.resolve(chart.slug().fileName("svg"))))
                    .isEmpty());
            try (PDDocument pdf = Loader.loadPDF(slides.resolve(chart.slug().fileName("pdf")).toFile())) {
                assertEquals(1, pdf.getNumberOfPages());
                assertEquals(1280, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            }
            assertFalse(ExportsReadBack.csv(Files.readAllBytes(slides.resolve(chart.slug().fileName("csv"))))
                    .isEmpty());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.statusProperty().get().startsWith("Exported " + (4 * charts.size() + 1) + " files"),
                model.statusProperty().get());
    }

    @Test
    void oneChartCanBeExportedAloneInTheChosenTheme(FxRobot robot) throws Exception {
        Chart first = model.loadedProperty().get().charts().get(0);
        robot.interact(() -> tools.menus().export(new SlideExport(EnumSet.of(ReportFormat.PNG), SlidePreset.FOUR_THREE,
                Theme.DARK, Optional.of(first.slug()), dir.resolve("one"))));
        List<String> files;
        try (var list = Files.list(dir.resolve("one"))) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of(ExportManifest.FILE_NAME, first.slug().fileName("png")), files);
        BufferedImage png = ExportsReadBack.png(Files.readAllBytes(dir.resolve("one").resolve(first.slug()
                .fileName("png"))));
        assertEquals(1024, png.getWidth());
        assertEquals(768, png.getHeight());
        java.awt.Color corner = new java.awt.Color(png.getRGB(2, 2));
        assertTrue(corner.getRed() < 60, "the dark theme's background: " + corner);
    }

    @Test
    void theHandoutHasOnePagePerSectionWithThisRunsFigures(FxRobot robot) throws Exception {
        Path file = dir.resolve("handout.pdf");
        robot.interact(() -> tools.menus().handout(file));
        Handout handout = Handouts.of(model.loadedProperty().get());
        List<Integer> starts = HandoutPdf.sectionPages(handout);
        List<Handout.Section> sections = handout.sections();
        assertEquals(4 + model.loadedProperty().get().charts().size(), sections.size(),
                "lesson, predict, each chart, explanation, sources");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int s = 0; s < sections.size(); s++) {
                int first = starts.get(s);
                int last = s + 1 < sections.size() ? starts.get(s + 1) - 1 : pdf.getNumberOfPages() - 1;
                assertTrue(last >= first, "section " + s + " has a page of its own");
                text.setStartPage(first + 1);
                text.setEndPage(last + 1);
                String pages = text.getText(pdf);
                if (sections.get(s) instanceof Handout.Section.Text t && t.heading().chars().allMatch(c -> c < 0x7f)) {
                    assertTrue(pages.contains(t.heading()), t.heading() + " heads its page");
                }
                if (s == sections.size() - 2) {
                    List<String> figures = handout.figures().stream().filter(f -> f.chars().allMatch(c -> c < 0x7f))
                            .toList();
                    assertFalse(figures.isEmpty());
                    for (String figure : figures) {
                        assertTrue(pages.replaceAll("\\s+", " ").contains(figure), figure + " is in the explanation");
                    }
                }
                if (s == sections.size() - 1) {
                    assertTrue(pages.contains(Source.LESSON_SETTING.key()), "the sources name where values come from");
                }
            }
            assertEquals(starts.get(starts.size() - 1) + 1 <= pdf.getNumberOfPages(), true);
        }
        assertTrue(handout.figures().stream().anyMatch(f -> f.startsWith("{vm.startup} = ")), handout.figures()::toString);
    }

    @Test
    void theStageExportsAtSlideSizeAsPngAndSvgAndTheScreenIsRedrawnAfter(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.lesson().skip();
            model.player().toEnd();
        });
        int gridsBefore = robot.lookup("#stageView").queryAs(StageView.class).grids()
                .size();
        double sideBefore = robot.lookup("#stageView").queryAs(StageView.class).grids().get(0).side();
        Path png = dir.resolve("stage.png");
        robot.interact(() -> tools.menus().exportStage(png));
        BufferedImage image = ExportsReadBack.png(Files.readAllBytes(png));
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertTrue(ExportsReadBack.inkShare(image) > 0.05);
        List<String> texts = ExportsReadBack.svgTexts(Files.readAllBytes(dir.resolve("stage.svg")));
        for (var arm : model.loadedProperty().get().playback().arms()) {
            assertTrue(texts.stream().anyMatch(t -> t.contains(arm.label())), arm.label() + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("ready 1 of 1")), "the counters at the end: " + texts);
        StageView view = robot.lookup("#stageView").queryAs(StageView.class);
        assertEquals(gridsBefore, view.grids().size());
        assertEquals(sideBefore, view.grids().get(0).side(), 1e-9, "hover hit-testing follows the screen again");
    }

    @Test
    void aClusterLessonExportsItsClusterViewAsOnScreen(FxRobot robot) throws Exception {
        openAt(robot, "k8s-node-failure", 50);
        ClusterView view = robot.lookup("#clusterView").queryAs(ClusterView.class);
        assertTrue(view.isVisible());
        var frame = view.frames().get(0);
        long ready = frame.nodes().stream().flatMap(n -> n.pods().stream())
                .filter(p -> p.state() == dev.spinup.app.player.PodState.READY).count();
        Path png = dir.resolve("cluster.png");
        robot.interact(() -> tools.menus().exportStage(png));
        BufferedImage image = ExportsReadBack.png(Files.readAllBytes(png));
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertTrue(ExportsReadBack.inkShare(image) > 0.05);
        List<String> texts = ExportsReadBack.svgTexts(Files.readAllBytes(dir.resolve("cluster.svg")));
        var cluster = model.cluster().clustersProperty().get().get(0);
        for (var node : cluster.nodes()) {
            assertTrue(texts.stream().anyMatch(t -> t.equals(node.name())), node.name() + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("machine down")), "the failed node, as on screen: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("ready " + ready + " of 40")),
                "the counters at this moment (" + ready + " Ready): " + texts);
        // the screen is drawn again after the slide, so hovering still finds the nodes where they are shown
        String name = cluster.nodes().get(0).name();
        assertTrue(view.pointOf(0, name).isPresent());
    }

    @Test
    void theSchedulersQueueCountsItsPodsOnceWhenAllAreUnschedulable(FxRobot robot) throws Exception {
        openAt(robot, "k8s-autoscaler-vs-vms", 140);
        var frame = robot.lookup("#clusterView").queryAs(ClusterView.class).frames().get(0);
        int waiting = frame.pending().size();
        assertTrue(waiting > 0 && frame.unschedulable() == waiting, "every waiting pod unschedulable at 140 s");
        Path png = dir.resolve("queue.png");
        robot.interact(() -> tools.menus().exportStage(png));
        List<String> texts = ExportsReadBack.svgTexts(Files.readAllBytes(dir.resolve("queue.svg")));
        assertTrue(texts.contains(waiting + " unscheduled") && texts.contains("all unschedulable"), texts::toString);
        assertFalse(texts.contains(waiting + " unschedulable"), "the same pods not counted twice: " + texts);
    }

    /** Opens a lesson past its question, at that moment. */
    private void openAt(FxRobot robot, String lesson, int seconds) {
        robot.interact(() -> model.open(lesson));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            model.lesson().skip();
            model.player().seek(seconds * dev.spinup.engine.SimTime.SECOND);
        });
    }

    @Test
    void aChartIsCopiedToTheClipboardAsASlideSizedImage(FxRobot robot) {
        Chart chart = model.loadedProperty().get().charts().get(0);
        robot.interact(() -> tools.menus().copy(chart));
        robot.interact(() -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            assertTrue(clipboard.hasImage());
            assertEquals(1920, clipboard.getImage().getWidth(), 0.5);
            assertEquals(1080, clipboard.getImage().getHeight(), 0.5);
        });
    }

    @Test
    void eachChartsContextMenuOffersSlidesAndCopy(FxRobot robot) {
        var viewer = robot.lookup(".chart-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(0)
                .getContent();
        var menu = ((org.jfree.chart.fx.ChartViewer) viewer).getContextMenu();
        assertTrue(menu.getItems().stream().anyMatch(i -> "Copy as image".equals(i.getText())));
        assertTrue(menu.getItems().stream().anyMatch(i -> i.getText() != null
                && i.getText().startsWith("Export for slides")));
    }

    @Test
    void aboutShowsTheVersionTheLicenceAndEverySource(FxRobot robot) {
        robot.interact(() -> AboutDialog.create(stage).show());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText()
                .startsWith("Spinup 0."), "the version Maven built");
        assertTrue(robot.lookup("#aboutLicence").queryAs(Label.class).getText().contains("Apache License 2.0"));
        robot.clickOn("#aboutSources");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Source.values().length, robot.lookup("#sourcesTable").queryAs(TableView.class).getItems().size());
    }
}
