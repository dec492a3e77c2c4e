package dev.spinup.app.view;

import dev.spinup.app.viewmodel.ClassroomViewModel;
import dev.spinup.app.viewmodel.PlayerViewModel;
import java.util.List;
import java.util.Locale;
import javafx.animation.FadeTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Classroom mode on the window: full screen with the projector theme (the {@code classroom} style class) and
 * large fonts, every font scaled through the root's font size (the stylesheet sizes everything in em) and the
 * stage's own scale; the header and transport fade while playing; F5, Esc, Ctrl+/Ctrl−/Ctrl+0 and a clicker's
 * Page Down / Page Up.
 */
public final class ClassroomMode {

    /** The root font size, in px, of the window and of classroom mode, before the teacher's scale. */
    static final double NORMAL_FONT = 15;
    static final double CLASSROOM_FONT = 22;
    /** How far the controls fade while playing in classroom mode. */
    private static final double FADED = 0.12;

    private final ClassroomViewModel model;
    private final Parent root;
    private final List<Node> controls;
    private final SplitPane split;

    private ClassroomMode(ClassroomViewModel model, Parent root, List<Node> controls,
                          SplitPane split) {
        this.split = split;
        this.model = model;
        this.root = root;
        this.controls = controls;
    }

    /** Wires classroom mode into the window's scene; call once, after the controller is bound. */
    public static ClassroomMode install(Scene scene, MainController window, ClassroomViewModel model,
                                        PlayerViewModel player) {
        Parent root = scene.getRoot();
        List<Node> controls = window.fadingControls();
        ClassroomMode mode = new ClassroomMode(model, root, controls, window.mainSplit());
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                        "-fx-font-size: %.1fpx;", mode.rootFontPx()), model.fontScaleProperty(),
                model.classroomProperty()));
        window.stageView().fontScaleProperty().bind(Bindings.createDoubleBinding(
                () -> mode.rootFontPx() / NORMAL_FONT, model.fontScaleProperty(), model.classroomProperty()));
        window.chartFontScaleProperty().bind(window.stageView().fontScaleProperty());
        model.classroomProperty().addListener((obs, was, now) -> mode.classroom(scene, now));
        scene.windowProperty().addListener((obs, was, now) -> {
            if (now instanceof Stage stage) {
                stage.fullScreenProperty().addListener((o, wasFull, full) -> {
                    if (!full) {
                        model.leave();
                    }
                });
            }
        });
        window.classroomButton().setOnAction(e -> model.toggle());
        window.classroomButton().textProperty().bind(Bindings.when(model.classroomProperty())
                .then("Leave (Esc)").otherwise("Classroom (F5)"));
        for (Node spare : window.spareInClassroom()) {
            spare.visibleProperty().bind(model.classroomProperty().not());
            spare.managedProperty().bind(model.classroomProperty().not());
        }
        for (Region whole : window.keptWhole()) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        fillView(window.viewMenu(), model);
        player.playingProperty().addListener((obs, was, now) -> mode.fade(now && model.classroomProperty().get()));
        for (Node control : controls) {
            control.hoverProperty().addListener((obs, was, now) -> mode.fade(!now && player.playingProperty().get()
                    && model.classroomProperty().get()));
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (mode.key(e)) {
                e.consume();
            }
        });
        return mode;
    }

    /** The View menu names every key classroom mode answers, so a teacher finds them without the docs. */
    private static void fillView(Menu view, ClassroomViewModel model) {
        CheckMenuItem classroom = new CheckMenuItem("Classroom mode");
        classroom.setId("classroomMenuItem");
        // the key filter below acts on these keys; the accelerators only show them, so each acts once
        classroom.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        // not bound: a CheckMenuItem sets its own selection when clicked; the mode's listener then sets it again
        classroom.setSelected(model.classroomProperty().get());
        model.classroomProperty().addListener((obs, was, now) -> classroom.setSelected(now));
        classroom.setOnAction(e -> model.toggle());
        view.getItems().setAll(classroom, new SeparatorMenuItem(),
                viewItem("Larger text", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                        model::larger),
                viewItem("Smaller text", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                        model::smaller),
                viewItem("Normal text size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                        model::normalSize),
                new SeparatorMenuItem(),
                viewItem("Next step (Page Down)", null, model::next),
                viewItem("Previous step (Page Up)", null, model::previous));
    }

    private static MenuItem viewItem(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The root's font size now: classroom or not, times the teacher's scale. */
    double rootFontPx() {
        return (model.classroomProperty().get() ? CLASSROOM_FONT : NORMAL_FONT) * model.fontScaleProperty().get();
    }

    private boolean key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.F5) {
            model.toggle();
        } else if (code == KeyCode.ESCAPE && model.classroomProperty().get()) {
            model.leave();
            return false;
        } else if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            model.larger();
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            model.smaller();
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            model.normalSize();
        } else if (code == KeyCode.PAGE_DOWN) {
            model.next();
        } else if (code == KeyCode.PAGE_UP) {
            model.previous();
        } else {
            return false;
        }
        return true;
    }

    /** Where the stage ends and the charts begin in classroom mode. */
    private static final double CLASSROOM_SPLIT = 0.56;
    /** Where the window had it, given back on leaving (the teacher may have dragged it). */
    private double windowSplit = Double.NaN;

    private void classroom(Scene scene, boolean on) {
        // larger chart type needs a taller chart pane, or the plot between the titles and the axis shrinks to a strip
        if (on && Double.isNaN(windowSplit)) {
            windowSplit = split.getDividerPositions()[0];
            split.setDividerPositions(CLASSROOM_SPLIT);
        } else if (!on && !Double.isNaN(windowSplit)) {
            split.setDividerPositions(windowSplit);
            windowSplit = Double.NaN;
        }
        if (on && !root.getStyleClass().contains("classroom")) {
            root.getStyleClass().add("classroom");
        } else if (!on) {
            root.getStyleClass().remove("classroom");
            fade(false);
        }
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint(on ? "Esc leaves classroom mode" : null);
            stage.setFullScreen(on);
        }
    }

    private void fade(boolean out) {
        for (Node control : controls) {
            FadeTransition fade = new FadeTransition(Duration.millis(out ? 900 : 200), control);
            fade.setToValue(out && !control.isHover() ? FADED : 1);
            fade.play();
        }
    }
}
