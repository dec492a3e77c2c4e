package dev.spinup.app.view;

import atlantafx.base.theme.PrimerLight;
import dev.spinup.app.SpinupApp;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.RecentFiles;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.DirectTaskExecutor;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The app's main window on a TestFX stage: a fresh view model with preferences of its own, tasks run in place. */
record TestWindow(MainViewModel model, Preferences prefs, SpinupApp.Window window) {

    /** Puts the window on the stage at that size, with its shortcuts; not shown, so a test may add to it first. */
    static TestWindow on(Stage stage, String name, int width, int height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Preferences prefs = Preferences.userRoot().node("dev/spinup/test/" + name + System.nanoTime());
        MainViewModel model = new MainViewModel(new DirectTaskExecutor(), Platform::runLater, new RecentFiles(prefs),
                Theme.SCREEN);
        SpinupApp.Window window = SpinupApp.Window.load(model, false);
        Scene scene = new Scene(window.root(), width, height);
        window.controller().installShortcuts(scene);
        stage.setScene(scene);
        return new TestWindow(model, prefs, window);
    }
}
