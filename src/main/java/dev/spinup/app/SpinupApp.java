package dev.spinup.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.spinup.app.view.AppIcon;
import dev.spinup.app.view.Choosers;
import dev.spinup.app.view.MainController;
import dev.spinup.app.view.TeacherTools;
import dev.spinup.app.viewmodel.AppPreferences;
import dev.spinup.scenario.Lessons;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.ProcessTaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The classroom app: a window that opens a lesson, simulates it and plays both stacks side by side. */
public final class SpinupApp extends Application {

    private MainViewModel model;
    private TeacherTools teacher;

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getNamed(), getParameters().getUnnamed());
        AppPreferences prefs = AppPreferences.forUser();
        boolean screenshot = options.screenshot().isPresent();
        boolean dark = getParameters().getNamed().containsKey("theme") || screenshot ? options.dark()
                : prefs.darkProperty().get();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        model = new MainViewModel(ProcessTaskExecutor.shared(), Platform::runLater, prefs.recentFiles(),
                dark ? Theme.DARK : Theme.SCREEN);
        Window window = Window.load(model, dark);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = screenshot ? options.width() : Math.min(1600, screen.getWidth());
        double height = screenshot ? options.height() : Math.min(940, screen.getHeight());
        Scene scene = new Scene(window.root(), width, height);
        window.controller().installShortcuts(scene);
        stage.setScene(scene);
        AppIcon.addTo(stage);
        stage.setTitle("Spinup");
        model.lesson().titleProperty().addListener((obs, was, now) -> stage.setTitle(now + " — Spinup"));
        // The font scale of Ctrl+/Ctrl− is remembered between lessons and sessions.
        model.classroom().fontScaleProperty().set(prefs.fontScaleProperty().get());
        prefs.fontScaleProperty().bind(model.classroom().fontScaleProperty());
        teacher = TeacherTools.install(stage, model, window.controller(), prefs, ProcessTaskExecutor.shared(),
                Platform::runLater, Choosers.platform(), model.library().lessons());
        if (!screenshot) {
            prefs.window().filter(SpinupApp::onSomeScreen).ifPresent(place -> {
                stage.setX(place.x());
                stage.setY(place.y());
                stage.setWidth(place.width());
                stage.setHeight(place.height());
                stage.setMaximized(place.maximized());
            });
            stage.setOnHidden(e -> prefs.window(new AppPreferences.WindowPlace(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized())));
            model.loadedProperty().addListener((obs, was, now) -> {
                if (now != null) {
                    prefs.lastLesson(now.source());
                }
            });
        }
        stage.show();
        if (options.startupProbe()) {
            StartupProbe.install();
        }
        options.screenshot().ifPresent(file -> new Screenshot(model, window.controller(), scene, options, teacher)
                .take(file));
        boolean lessonGiven = getParameters().getNamed().containsKey("lesson")
                || getParameters().getUnnamed().stream().anyMatch(a -> !a.startsWith("--"));
        model.open(lessonGiven || screenshot ? options.lesson()
                : prefs.lastLesson().filter(SpinupApp::stillThere).orElse(options.lesson()));
    }

    /** A remembered place is used only if the window would show on a screen that is still attached. */
    private static boolean onSomeScreen(AppPreferences.WindowPlace place) {
        return !Screen.getScreensForRectangle(place.x(), place.y(), Math.max(1, place.width()),
                Math.max(1, place.height())).isEmpty() && place.width() >= 400 && place.height() >= 300;
    }

    /** The last lesson is reopened only if it is a built-in one or its file still exists. */
    private static boolean stillThere(String nameOrPath) {
        if (Lessons.names().contains(nameOrPath)) {
            return true;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(nameOrPath));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.cancelOpening();
        }
        if (teacher != null) {
            teacher.follower().close();
        }
    }

    /** The main window: its root node and controller, loaded from FXML and bound to a view model. */
    public record Window(Parent root, MainController controller) {

        public static Window load(MainViewModel model, boolean dark) {
            FXMLLoader loader = new FXMLLoader(MainController.class.getResource("MainWindow.fxml"));
            try {
                Parent root = loader.load();
                root.getStylesheets().add(Objects.requireNonNull(
                        MainController.class.getResource("spinup.css"), "spinup.css").toExternalForm());
                MainController controller = loader.getController();
                controller.bind(model);
                if (dark) {
                    controller.stageView().setDark(true);
                    controller.clusterView().setDark(true);
                }
                return new Window(root, controller);
            } catch (IOException e) {
                throw new UncheckedIOException("the main window's FXML is missing from the jar", e);
            }
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
