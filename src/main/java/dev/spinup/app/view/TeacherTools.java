package dev.spinup.app.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.spinup.app.viewmodel.AppPreferences;
import dev.spinup.app.viewmodel.LessonEditorViewModel;
import dev.spinup.app.viewmodel.LessonFollower;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.run.task.TaskExecutor;
import dev.spinup.app.viewmodel.LibraryViewModel;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.stage.Stage;

/**
 * What a teacher preparing a lecture has beside the player: the lesson editor, the file followed on disk, the File
 * and Help menus, and the remembered theme. Made once per main window.
 */
public record TeacherTools(LessonEditorViewModel editor, LessonFollower follower, TeacherMenus menus) {

    public static TeacherTools install(Stage stage, MainViewModel model, MainController controller,
                                       AppPreferences prefs, TaskExecutor executor, Executor uiThread,
                                       Choosers choosers, javafx.collections.ObservableList<LibraryViewModel.Entry> templates) {
        LessonEditorViewModel editor = new LessonEditorViewModel();
        TeacherMenus menus = new TeacherMenus(stage, model, controller, editor, executor, uiThread, choosers,
                templates);
        LessonFollower follower = new LessonFollower(model, editor, uiThread,
                file -> menus.editor().reloadOverUnsaved(file));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(prefs.darkProperty().get());
        dark.selectedProperty().bindBidirectional(prefs.darkProperty());
        prefs.darkProperty().addListener((obs, was, now) -> {
            Application.setUserAgentStylesheet(now ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            controller.stageView().setDark(now);
            controller.clusterView().setDark(now);
            model.tell("Theme changed; the charts follow when Spinup starts again");
        });
        Menu preferences = new Menu("Preferences");
        preferences.getItems().add(dark);
        var items = controller.fileMenu().getItems();
        items.add(items.size() - 1, preferences);
        return new TeacherTools(editor, follower, menus);
    }
}
