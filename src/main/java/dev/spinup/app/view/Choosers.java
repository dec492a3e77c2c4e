package dev.spinup.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the File menu asks for folders and file names: the platform's choosers in the app, fixed answers in tests
 * (a native chooser cannot be driven headless).
 */
public interface Choosers {

    /** A folder to export into, or empty when cancelled. */
    Optional<Path> folder(Window owner, String title);

    /** A file to write, or empty when cancelled. */
    Optional<Path> saveFile(Window owner, String title, String suggestedName, String description, String pattern);

    /** The platform's own dialogs. */
    static Choosers platform() {
        return new Choosers() {
            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String suggestedName, String description,
                                           String pattern) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
