package dev.spinup.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.spinup.app.view.MainController;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.RecentFiles;
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

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getNamed(), getParameters().getUnnamed());
        Application.setUserAgentStylesheet(options.dark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        model = new MainViewModel(ProcessTaskExecutor.shared(), Platform::runLater, RecentFiles.forUser(),
                options.dark() ? Theme.DARK : Theme.SCREEN);
        Window window = Window.load(model, options.dark());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = options.screenshot().isPresent() ? options.width() : Math.min(1600, screen.getWidth());
        double height = options.screenshot().isPresent() ? options.height() : Math.min(940, screen.getHeight());
        Scene scene = new Scene(window.root(), width, height);
        window.controller().installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Spinup");
        model.lesson().titleProperty().addListener((obs, was, now) -> stage.setTitle("Spinup — " + now));
        stage.show();
        if (options.startupProbe()) {
            StartupProbe.install();
        }
        options.screenshot().ifPresent(file -> new Screenshot(model, window.controller(), scene, options).take(file));
        model.open(options.lesson());
    }

    @Override
    public void stop() {
        if (model != null) {
            model.cancelOpening();
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
