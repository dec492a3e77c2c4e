package dev.spinup.bench;

import atlantafx.base.theme.PrimerLight;
import dev.spinup.app.SpinupApp;
import dev.spinup.app.player.Pacing;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.RecentFiles;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.ProcessTaskExecutor;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Plays a lesson in the real window and reports what a student would see: the interval between frames (p50,
 * p99, max), dropped frames (an interval over 1.5 frames at 60 Hz), the longest time the FX thread spent in one
 * frame's own work (clock, frames, stage drawing commands), and how long the window took to paint after the JVM
 * started. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" mvn -q -Pbench test-compile exec:exec \
 *     -Dbench.main=dev.spinup.bench.AppPlaybackBenchmark -Dbench.args="density 20"</pre>
 *
 * The first argument is the lesson, the second how many wall seconds to play (at a speed that plays the
 * whole run in that time).
 */
public final class AppPlaybackBenchmark {

    private AppPlaybackBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Player.class, args);
    }

    /** The benchmark's window (an Application must not be the main class on the class path). */
    public static final class Player extends Application {

    private static final long FRAME_NANOS = 1_000_000_000L / 60;

    private final long[] intervals = new long[100_000];
    private final long[] work = new long[100_000];
    private int frames;

    @Override
    public void start(Stage stage) {
        String lesson = getParameters().getUnnamed().isEmpty() ? "density" : getParameters().getUnnamed().get(0);
        double seconds = getParameters().getUnnamed().size() < 2 ? 20
                : Double.parseDouble(getParameters().getUnnamed().get(1));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Preferences prefs = Preferences.userRoot().node("dev/spinup/bench");
        MainViewModel model = new MainViewModel(ProcessTaskExecutor.shared(), Platform::runLater, new RecentFiles(prefs),
                Theme.SCREEN);
        SpinupApp.Window window = SpinupApp.Window.load(model, false);
        stage.setScene(new Scene(window.root(), 1920, 1080));
        stage.show();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                System.out.printf(Locale.ROOT, "window painted %d ms after the JVM started%n",
                        System.currentTimeMillis() - jvmStart);
                stop();
            }
        }.start();
        model.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded == null) {
                return;
            }
            model.lesson().skip();
            model.player().pacingProperty().set(Pacing.LINEAR);
            double speed = loaded.playback().endNanos() / 1e9 / seconds;
            model.player().speedProperty().set(Math.max(0.1, Math.min(1000, speed)));
            int instances = loaded.playback().arms().stream().mapToInt(a -> a.instances().size()).sum();
            System.out.printf(Locale.ROOT, "playing %s: %d instances in %d columns, %.1f s of simulated time in %.0f s%n",
                    lesson, instances, loaded.playback().arms().size(), loaded.playback().endNanos() / 1e9, seconds);
            model.player().play();
            new AnimationTimer() {
                private long last = -1;

                @Override
                public void handle(long now) {
                    long begin = System.nanoTime();
                    if (last >= 0 && frames < intervals.length) {
                        intervals[frames] = now - last;
                        frames++;
                    }
                    last = now;
                    // The app's own pulse advances the player; this measures what a frame costs on top of it.
                    model.player().frame(0);
                    if (frames > 0) {
                        work[frames - 1] = System.nanoTime() - begin;
                    }
                    if (!model.player().playingProperty().get()) {
                        stop();
                        report();
                        Platform.exit();
                    }
                }
            }.start();
        });
        model.open(lesson);
    }

    private void report() {
        long[] sorted = Arrays.copyOf(intervals, frames);
        Arrays.sort(sorted);
        int dropped = 0;
        for (int i = 0; i < frames; i++) {
            if (intervals[i] > FRAME_NANOS * 3 / 2) {
                dropped++;
            }
        }
        System.out.printf(Locale.ROOT, "frames %d; frame interval p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "dropped %d (%.1f %%) against a 60 Hz baseline of %.1f ms%n",
                frames, sorted[frames / 2] / 1e6, sorted[(int) (frames * 0.99)] / 1e6, sorted[frames - 1] / 1e6,
                dropped, 100.0 * dropped / Math.max(1, frames), FRAME_NANOS / 1e6);
        long[] cost = Arrays.copyOf(work, frames);
        Arrays.sort(cost);
        System.out.printf(Locale.ROOT, "FX-thread work per frame (clock, frames, stage, narration): p50 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", cost[frames / 2] / 1e6, cost[(int) (frames * 0.99)] / 1e6,
                cost[frames - 1] / 1e6);
    }

    }
}
