package dev.spinup.app.viewmodel;

import dev.spinup.app.player.WhatIfSession;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.LatestRequest;
import dev.spinup.run.task.ProgressListener;
import dev.spinup.run.task.TaskExecutor;
import dev.spinup.scenario.Lessons;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the open lesson and its run, the player, narration, charts, library and problems,
 * and opening a lesson off the UI thread (a newer request supersedes an older one; a refused file keeps the
 * lesson that was open). Views bind to it; it holds no controls.
 */
public final class MainViewModel {

    /** The lesson opened when the app starts. */
    public static final String DEFAULT_LESSON = "hello";

    private final PlayerViewModel player = new PlayerViewModel();
    private final LessonViewModel lesson = new LessonViewModel();
    private final LibraryViewModel library = new LibraryViewModel();
    private final ProblemsViewModel problems = new ProblemsViewModel();
    private final NarrationViewModel narration = new NarrationViewModel();
    private final NoticesViewModel notices = new NoticesViewModel();
    private final ClusterViewModel cluster = new ClusterViewModel(player);
    private final ClassroomViewModel classroom = new ClassroomViewModel(lesson, player);
    private final WhatIfViewModel whatIf = new WhatIfViewModel(this::resimulate, () -> player.timeProperty().get());
    private final ObservableList<Chart> charts = FXCollections.observableArrayList();
    private final ObjectProperty<LoadedLesson> loaded = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final RecentFiles recent;
    private final LatestRequest<OpenOutcome> opens;
    private final Theme chartTheme;

    /** The theme the window's charts are drawn in. */
    public Theme chartTheme() {
        return chartTheme;
    }

    public MainViewModel(TaskExecutor executor, Executor uiThread, RecentFiles recent, Theme chartTheme) {
        this.opens = new LatestRequest<>(Objects.requireNonNull(executor, "executor"),
                Objects.requireNonNull(uiThread, "uiThread"));
        this.recent = Objects.requireNonNull(recent, "recent");
        this.chartTheme = Objects.requireNonNull(chartTheme, "chartTheme");
        // Reading the ten lesson files costs a few hundred milliseconds cold: not before the window is painted.
        executor.submit(context -> {
            List<LibraryViewModel.Entry> entries = new ArrayList<>();
            for (var l : Lessons.all()) {
                entries.add(new LibraryViewModel.Entry(l.name(), l.title(), l.description()));
            }
            return entries;
        }, ProgressListener.NONE).result().thenAccept(entries -> uiThread.execute(() -> library.setLessons(entries)));
        player.timeProperty().addListener((obs, was, now) -> narration.showUpTo(now.longValue()));
        player.reachedEndProperty().addListener((obs, was, now) -> {
            if (now) {
                lesson.reachedEnd();
            }
        });
        lesson.stepProperty().addListener((obs, was, now) -> player.mayPlayProperty().set(lesson.mayPlay()));
        player.mayPlayProperty().set(lesson.mayPlay());
    }

    /**
     * Opens a built-in lesson by name or a scenario file by path, off the UI thread. What was open stays open
     * until the new one is ready; a file with problems shows them and changes nothing else.
     */
    public void open(String nameOrPath) {
        loading.set(true);
        progress.set(-1);
        status.set("Opening " + nameOrPath + "…");
        opens.submit(new LessonOpener(nameOrPath, chartTheme),
                (done, total) -> progress.set(total == 0 ? -1 : (double) done / total),
                this::opened, this::failed);
    }

    /** Opens {@code text} (an edited lesson not saved yet) as if it were {@code source}, off the UI thread. */
    public void openText(String source, String text) {
        loading.set(true);
        progress.set(-1);
        status.set("Running the edited lesson…");
        opens.submit(new LessonOpener(source, java.util.Optional.of(text), chartTheme),
                (done, total) -> progress.set(total == 0 ? -1 : (double) done / total),
                this::opened, this::failed);
    }

    /** Shows a message in the status line (an export finished, a save was refused). */
    public void tell(String message) {
        status.set(message);
    }

    /** Stops opening; the lesson that was open stays. */
    public void cancelOpening() {
        opens.cancel();
        loading.set(false);
        status.set("Opening cancelled");
    }

    private void opened(OpenOutcome outcome) {
        loading.set(false);
        if (outcome instanceof OpenOutcome.Refused refused) {
            problems.show(refused.source(), refused.problems(), refused.text());
            int n = refused.problems().size();
            status.set(refused.source() + ": " + n + (n == 1 ? " problem" : " problems")
                    + (loaded.get() == null ? "" : "; still showing " + loaded.get().file().scenario().lesson().title()));
            return;
        }
        LoadedLesson next = ((OpenOutcome.Opened) outcome).lesson();
        problems.dismiss();
        if (!Lessons.names().contains(next.source())) {
            recent.opened(next.source());
        }
        lesson.load(next.file().scenario().lesson(), next.run(), next.explanation());
        show(next, false);
        whatIf.load(WhatIfSession.of(next.file()));
    }

    /**
     * Re-simulates the lesson as the teacher changed it, off the UI thread; a newer change (or opening another
     * lesson) supersedes it, and a superseded run is never shown.
     */
    private void resimulate(WhatIfSession session) {
        LoadedLesson current = loaded.get();
        if (current == null) {
            return;
        }
        opens.submit(new Resimulation(current.source(), session, chartTheme), this::resimulated, failure -> {
            failed(failure);
            if (!(failure instanceof CancellationException)) {
                whatIf.failed(status.get());
            }
        });
    }

    private void resimulated(OpenOutcome outcome) {
        if (outcome instanceof OpenOutcome.Refused refused) {
            whatIf.refused(refused.problems());
            return;
        }
        LoadedLesson next = ((OpenOutcome.Opened) outcome).lesson();
        lesson.rerun(next.run(), next.explanation());
        show(next, true);
        whatIf.shown();
    }

    /** Puts a simulated lesson on the screen: from its start, or (re-simulated) at the same position. */
    private void show(LoadedLesson next, boolean keepPosition) {
        narration.load(null);
        charts.setAll(next.charts());
        notices.show(next.notices());
        if (keepPosition) {
            player.reload(next.playback());
        } else {
            player.load(next.playback());
        }
        loaded.set(next);
        // After the window has taken the new lesson's stacks (their colours), so every line can be drawn.
        narration.load(next.narrator());
        narration.showUpTo(player.timeProperty().get());
        status.set("");
    }

    private void failed(Throwable failure) {
        loading.set(false);
        if (failure instanceof CancellationException) {
            return;
        }
        if (failure instanceof OutOfMemoryError) {
            status.set("This lesson needs more memory than Spinup has: lower its instances, stacks or replications.");
            return;
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        status.set("Could not run the lesson: " + message);
    }

    public PlayerViewModel player() {
        return player;
    }

    /** The cluster view: nodes and pods at the player's position, for lessons that run a cluster. */
    public ClusterViewModel cluster() {
        return cluster;
    }

    /** Classroom mode, the font scale and the clicker's steps. */
    public ClassroomViewModel classroom() {
        return classroom;
    }

    /** The what-if panel, the teacher's actions on the run and the comparison of two versions of a stack. */
    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    public LessonViewModel lesson() {
        return lesson;
    }

    public LibraryViewModel library() {
        return library;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    /** The open lesson's notices: decimal units, capped guest OSes, the file's warnings. */
    public NoticesViewModel notices() {
        return notices;
    }

    public NarrationViewModel narration() {
        return narration;
    }

    public ObservableList<Chart> charts() {
        return charts;
    }

    public ObservableList<String> recentFiles() {
        return recent.files();
    }

    public ReadOnlyObjectProperty<LoadedLesson> loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** 0..1 while opening, -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
