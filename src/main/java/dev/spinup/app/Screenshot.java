package dev.spinup.app;

import dev.spinup.app.player.ArmTrack;
import dev.spinup.app.player.TileGrid;
import dev.spinup.app.view.MainController;
import dev.spinup.app.view.TeacherTools;
import dev.spinup.app.viewmodel.MainViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Takes the README's pictures: once the lesson is open, goes to the asked step and moment, lets the window lay
 * itself out, writes the scene as PNG and exits. Run under Xvfb (or any display).
 */
final class Screenshot {

    private final MainViewModel model;
    private final MainController controller;
    /** The scene the picture is of: the window's, or the lesson editor's. */
    private Scene shot;
    private final AppOptions options;
    private final TeacherTools teacher;
    private boolean problemsOpened;
    private boolean knobMoved;
    private boolean pictureDue;

    Screenshot(MainViewModel model, MainController controller, Scene scene, AppOptions options, TeacherTools teacher) {
        this.teacher = teacher;
        this.model = model;
        this.controller = controller;
        this.shot = scene;
        this.options = options;
    }

    void take(String file) {
        model.loadedProperty().addListener((obs, was, now) -> {
            if (now != null) {
                arrange(file);
            }
        });
    }

    private void arrange(String file) {
        if (options.knob().isPresent() && !knobMoved) {
            // As if the teacher were dragging the slider: the knob moves, the lesson is re-simulated at the same
            // moment, and the picture is of that re-simulated run (this method runs again when it is shown).
            knobMoved = true;
            controller.showWhatIf(true);
            String[] idValue = options.knob().get().split("=", 2);
            model.lesson().skip();
            model.player().seek(Math.round(options.atSeconds() * 1e9));
            // A refused value shows its problem and no new run: take the picture of that too.
            model.whatIf().busyProperty().addListener((obs, was, busy) -> {
                if (!busy) {
                    arrange(file);
                }
            });
            // Later: the what-if panel takes the opened lesson only after the window has shown it.
            Platform.runLater(() -> model.whatIf().set(idValue[0], idValue.length > 1 ? idValue[1] : ""));
            return;
        }
        model.classroom().classroomProperty().set(options.classroom());
        controller.showNotices(options.notices());
        switch (options.step()) {
            case "predict" -> { }
            case "explain" -> {
                options.prediction().ifPresentOrElse(p -> {
                    model.lesson().answerProperty().set(p);
                    model.lesson().commit();
                }, () -> model.lesson().skip());
                model.player().toEnd();
            }
            default -> {
                options.prediction().ifPresentOrElse(p -> {
                    model.lesson().answerProperty().set(p);
                    model.lesson().commit();
                }, () -> model.lesson().skip());
                model.player().seek(Math.round(options.atSeconds() * 1e9));
            }
        }
        if (options.edit().isPresent()) {
            String[] pathValue = options.edit().get().split("=", 2);
            Stage editor = teacher.menus().editor().stage();
            editor.setWidth(options.width());
            editor.setHeight(options.height());
            teacher.menus().editor().show();
            teacher.editor().setKnob(pathValue[0], pathValue.length > 1 ? pathValue[1] : "");
            shot = editor.getScene();
        }
        if (options.problemsFile().isPresent() && !problemsOpened) {
            problemsOpened = true;
            model.problems().showingProperty().addListener((obs, was, now) -> {
                if (now) {
                    later(file);
                }
            });
            model.open(options.problemsFile().get());
            return;
        }
        later(file);
    }

    private void later(String file) {
        if (pictureDue) {
            return;
        }
        pictureDue = true;
        // A second for layout, CSS and the charts' first paint; this is a picture for a README, not a test.
        PauseTransition wait = new PauseTransition(Duration.seconds(1.5));
        wait.setOnFinished(e -> {
            options.hover().ifPresent(this::hover);
            PauseTransition settle = new PauseTransition(Duration.seconds(0.3));
            settle.setOnFinished(f -> write(file));
            settle.play();
        });
        wait.play();
    }

    /**
     * Hovers over tile {@code stack:index} ("0:7"), or in the cluster view over a node or pod by name
     * ("0:node-2", "0:web-1-7"), so the picture shows a hover card.
     */
    private void hover(String spec) {
        String[] parts = spec.split(":");
        int column = Integer.parseInt(parts[0]);
        if (model.cluster().shownProperty().get()) {
            var view = controller.clusterView();
            view.pointOf(column, parts[1]).ifPresentOrElse(p -> moveOver(view.getChildrenUnmodifiable().get(0),
                    p.getX(), p.getY()), () -> System.err.println("spinup: nothing called " + parts[1]
                    + " is on the cluster view now"));
            return;
        }
        int index = Integer.parseInt(parts[1]);
        TileGrid grid = controller.stageView().grids().get(column);
        ArmTrack arm = model.loadedProperty().get().playback().arms().get(column);
        int tile = Math.min(index + arm.nodeVms().size(), grid.count() - 1);
        double x = grid.tileX(tile) + grid.side() / 2;
        double y = grid.tileY(tile) + grid.side() / 2;
        moveOver(controller.stageView().getChildrenUnmodifiable().get(0), x, y);
    }

    private static void moveOver(javafx.scene.Node canvas, double x, double y) {
        var scenePoint = canvas.localToScene(x, y);
        var screenPoint = canvas.localToScreen(x, y);
        canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, scenePoint.getX(), scenePoint.getY(),
                screenPoint.getX(), screenPoint.getY(), MouseButton.NONE, 0, false, false, false,
                false, false, false, false, false, false, false, null));
    }

    private void write(String file) {
        WritableImage image = shot.snapshot(null);
        try {
            Path path = Path.of(file).toAbsolutePath();
            Files.createDirectories(path.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", path.toFile());
            System.out.println("wrote " + path);
        } catch (IOException e) {
            System.err.println("spinup: could not write the screenshot " + file + ": " + e.getMessage());
        }
        Platform.exit();
    }
}
