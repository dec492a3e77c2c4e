package dev.spinup.app.viewmodel;

import dev.spinup.scenario.Lessons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * Keeps the window, the editor and the file on disk in step: the editor edits the open lesson (unless it holds
 * unsaved changes of its own); the open lesson's file is watched, and a change on disk reopens it (its problems
 * shown, the old lesson kept, if the new text is broken); a save reopens the saved lesson. A change on disk over
 * unsaved edits is never taken silently: {@code reloadOverUnsaved} is asked.
 */
public final class LessonFollower implements AutoCloseable {

    private final MainViewModel main;
    private final LessonEditorViewModel editor;
    private final Executor uiThread;
    private final Predicate<Path> reloadOverUnsaved;
    private boolean asking;
    private String latestWhileAsking;
    private FileWatch watch;

    /**
     * @param reloadOverUnsaved asked on the UI thread when the edited file changed on disk while the editor has
     *                          unsaved changes; true takes the file's text, false keeps the edits
     */
    public LessonFollower(MainViewModel main, LessonEditorViewModel editor, Executor uiThread,
                          Predicate<Path> reloadOverUnsaved) {
        this.main = Objects.requireNonNull(main, "main");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.reloadOverUnsaved = Objects.requireNonNull(reloadOverUnsaved, "reloadOverUnsaved");
        main.loadedProperty().addListener((obs, was, now) -> {
            if (now != null) {
                follow(now);
            }
        });
        if (main.loadedProperty().get() != null) {
            follow(main.loadedProperty().get());
        }
        // a discarded new lesson leaves the editor empty: it edits the open lesson again
        editor.draftProperty().addListener((obs, was, now) -> {
            if (now == null && main.loadedProperty().get() != null) {
                follow(main.loadedProperty().get());
            }
        });
        editor.setOnSaved(saved -> {
            Path file = Path.of(saved.source()).toAbsolutePath().normalize();
            if (watch != null && watch.file().equals(file)) {
                watch.known(saved.text());
            }
            main.open(saved.source());
        });
    }

    private void follow(LoadedLesson lesson) {
        Optional<Path> file = FileWatch.isFile(lesson.source()) ? Optional.of(Path.of(lesson.source()))
                : Optional.empty();
        Optional<String> text = file.isPresent() ? read(file.get()) : Lessons.builtInText(lesson.source());
        if (text.isEmpty()) {
            return;
        }
        boolean alreadyThere = editor.draftProperty().get() != null && !editor.isDirty()
                && editor.draftProperty().get().text().equals(text.get()) && file.isPresent()
                && file.get().equals(editor.fileProperty().get());
        if (!alreadyThere && (!editor.isDirty() || editor.draftProperty().get() == null)) {
            editor.open(lesson.source(), text.get(), file);
        }
        editor.previewRunProperty().set(lesson.run());
        watch(file, text.get());
    }

    private void watch(Optional<Path> file, String text) {
        Optional<Path> absolute = file.map(f -> f.toAbsolutePath().normalize());
        if (watch != null && absolute.isPresent() && watch.file().equals(absolute.get())) {
            watch.known(text);
            return;
        }
        close();
        if (absolute.isEmpty()) {
            return;
        }
        try {
            watch = FileWatch.start(absolute.get(), text, uiThread, now -> changedOnDisk(file.get(), now));
        } catch (IOException e) {
            // following the file is a convenience: without it, the teacher reopens the lesson by hand
            watch = null;
        }
    }

    private void changedOnDisk(Path file, String text) {
        if (asking) {
            // one save often arrives as two changes (truncate, then write): the open question answers the latest
            latestWhileAsking = text;
            return;
        }
        boolean editingIt = editor.fileProperty().get() != null
                && editor.fileProperty().get().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
        if (editingIt && editor.isDirty()) {
            boolean reload;
            asking = true;
            try {
                reload = reloadOverUnsaved.test(file);
            } finally {
                asking = false;
            }
            if (latestWhileAsking != null) {
                text = latestWhileAsking;
                latestWhileAsking = null;
            }
            if (!reload) {
                editor.keepDraftOver(text);
                return;
            }
        }
        if (editingIt || !editor.isDirty()) {
            editor.reload(text);
        }
        main.open(file.toString());
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops watching. */
    @Override
    public void close() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }
}
