package dev.spinup.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The scenario files opened lately, newest first, remembered between sessions in the user's preferences. */
public final class RecentFiles {

    static final int MOST = 8;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<String> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences node) {
        this.node = node;
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < MOST; i++) {
            String path = node.get(KEY + i, null);
            if (path != null && !path.isBlank() && !stored.contains(path)) {
                stored.add(path);
            }
        }
        files.setAll(stored);
    }

    /** The user's own node for Spinup. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("dev/spinup/app"));
    }

    /** Puts {@code path} first. */
    public void opened(String path) {
        List<String> next = new ArrayList<>(files);
        next.remove(path);
        next.add(0, path);
        while (next.size() > MOST) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        for (int i = 0; i < MOST; i++) {
            if (i < next.size()) {
                node.put(KEY + i, next.get(i));
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembering recent files is a convenience: a read-only preference store must not stop a lesson.
        }
    }

    public ObservableList<String> files() {
        return files;
    }
}
