package dev.spinup.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.app.player.LessonStep;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.DirectTaskExecutor;
import dev.spinup.scenario.json.JsonPath;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models without a stage: properties and commands over real runs. */
class ViewModelTest {

    /** A UI thread that runs what it is given only when told: delivery order made explicit. */
    private static final class ManualUiThread implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void drain() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    private final Preferences prefs = Preferences.userRoot().node("dev/spinup/test/vm" + System.nanoTime());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aSupersededOpenIsNeverShown() {
        ManualUiThread ui = new ManualUiThread();
        MainViewModel model = new MainViewModel(new DirectTaskExecutor(), ui, new RecentFiles(prefs), Theme.SCREEN);
        model.open("boot-storm");
        model.open("hello");
        ui.drain();
        assertEquals("Hello: one VM and one container", model.lesson().titleProperty().get());
        assertEquals("hello", model.loadedProperty().get().source());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void playIsRefusedUntilThePredictionIsCommittedThenTimeAdvancesPerFrame() {
        ManualUiThread ui = new ManualUiThread();
        MainViewModel model = new MainViewModel(new DirectTaskExecutor(), ui, new RecentFiles(prefs), Theme.SCREEN);
        model.open("hello");
        ui.drain();
        PlayerViewModel player = model.player();
        player.play();
        assertFalse(player.playingProperty().get());
        model.lesson().answerProperty().set("15 s and 0.5 s");
        assertTrue(model.lesson().commit());
        player.play();
        assertTrue(player.playingProperty().get());
        player.frame(16_000_000L);
        assertTrue(player.timeProperty().get() > 0);
        assertEquals(model.narration().allLines().stream().filter(l -> l.timeNanos() <= player.timeProperty().get())
                .count(), model.narration().visibleLines().size());
        player.toEnd();
        assertEquals(LessonStep.EXPLAIN, model.lesson().stepProperty().get());
        assertEquals("15 s and 0.5 s", model.lesson().committedProperty().get());
        assertEquals(2, model.lesson().outcomes().size());
        String explanation = model.lesson().explanationProperty().get();
        assertFalse(explanation.contains("{"), "every figure rendered: " + explanation);
        String vmMedian = model.lesson().outcomes().get(0).medianStart();
        assertTrue(explanation.contains(vmMedian), "the explanation quotes this run's " + vmMedian + ": " + explanation);
    }

    @Test
    void aRefusedFileKeepsTheOpenLessonAndPointsAtItsLine(@TempDir Path dir) throws Exception {
        ManualUiThread ui = new ManualUiThread();
        MainViewModel model = new MainViewModel(new DirectTaskExecutor(), ui, new RecentFiles(prefs), Theme.SCREEN);
        model.open("hello");
        ui.drain();
        LoadedLesson hello = model.loadedProperty().get();
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"seed\": \"many\"\n}\n");
        model.open(file.toString());
        ui.drain();
        assertEquals(hello, model.loadedProperty().get());
        assertTrue(model.problems().showingProperty().get());
        assertTrue(model.statusProperty().get().contains("still showing"));
        assertTrue(model.recentFiles().isEmpty(), "a refused file is not a recent lesson");
    }

    @Test
    void theExcerptNumbersLinesAndPutsACaretUnderTheColumn() {
        ProblemsViewModel problems = new ProblemsViewModel();
        Problem p = new Problem("f.json", new SourcePosition(2, 5), JsonPath.ROOT, "bad");
        problems.show("f.json", List.of(p), Optional.of("{\n  \"x\": 1\n}\n"));
        assertEquals("  1 | {\n> 2 |   \"x\": 1\n    |     ^\n  3 | }\n  4 | \n", problems.excerptProperty().get());
        problems.dismiss();
        assertFalse(problems.showingProperty().get());
    }

    @Test
    void theLibrarySearchMatchesNamesTitlesAndDescriptions() {
        LibraryViewModel library = new LibraryViewModel();
        library.setLessons(List.of(new LibraryViewModel.Entry("boot-storm", "Boot storm", "100 at once"),
                new LibraryViewModel.Entry("density", "Density", "how many fit")));
        library.queryProperty().set("FIT");
        assertEquals(List.of("density"), library.shownLessons().stream().map(LibraryViewModel.Entry::name).toList());
        library.queryProperty().set("");
        assertEquals(2, library.shownLessons().size());
    }

    @Test
    void recentFilesKeepTheNewestFirstWithoutRepeatsAndSurviveARestart() {
        RecentFiles recent = new RecentFiles(prefs);
        for (int i = 0; i < RecentFiles.MOST + 3; i++) {
            recent.opened("/l/" + i + ".json");
        }
        recent.opened("/l/5.json");
        RecentFiles again = new RecentFiles(prefs);
        assertEquals(RecentFiles.MOST, again.files().size());
        assertEquals("/l/5.json", again.files().get(0));
        assertEquals(again.files().stream().distinct().count(), again.files().size());
    }

    @Test
    void theNoticesAreTheRunsOwnAndGoWhenALessonWithoutThemOpens(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("capped.json");
        Files.writeString(file, """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Guest OS draws", "description": "d", "goals": ["g"], "predict": "p?",
                             "notice": "n"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "512 GB", "hostOsMemory": "1 GiB",
                                          "vcpuOvercommit": 16}]},
                  "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "1 GiB", "admitBy": "use",
                              "overrides": {"guestOsMemory": {"lognormal": {"median": "700 MiB", "p99": "1.5 GiB"}}}}],
                  "workload": {"app": "hello", "instances": 40}
                }
                """);
        ManualUiThread ui = new ManualUiThread();
        MainViewModel model = new MainViewModel(new DirectTaskExecutor(), ui, new RecentFiles(prefs), Theme.SCREEN);
        model.open(file.toString());
        ui.drain();
        NoticesViewModel notices = model.notices();
        assertEquals(List.of(dev.spinup.lesson.NoticeKind.DECIMAL_MEMORY, dev.spinup.lesson.NoticeKind.GUEST_OS_CAPPED),
                notices.notices().stream().map(dev.spinup.lesson.Notice::kind).toList());
        assertEquals(Optional.of("$.hardware.hosts[0].memory"), notices.notices().get(0).path());
        assertEquals(Optional.of("vm"), notices.notices().get(1).stackId());
        var capping = model.loadedProperty().get().run().arms().get(0).summary().guestOs();
        assertTrue(capping.any(), "the run capped some guests");
        assertTrue(notices.notices().get(1).text().contains(capping.capped() + " of " + capping.drawn()
                + " guests drew a guest OS"), notices.notices().get(1).text());
        assertTrue(notices.anyProperty().get());
        assertEquals("2 notices", notices.countProperty().get());
        model.open("hello");
        ui.drain();
        assertTrue(notices.notices().isEmpty());
        assertFalse(notices.anyProperty().get());
    }
}
