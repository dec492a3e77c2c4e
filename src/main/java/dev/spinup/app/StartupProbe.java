package dev.spinup.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Measures how long a user waits for the window: from the JVM's start to the first frame painted. */
final class StartupProbe {

    private StartupProbe() {
    }

    static void install() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // The first pulse after the stage was shown: the window's first frame is being rendered.
                {
                    System.out.printf(Locale.ROOT, "window painted %d ms after the JVM started%n",
                            System.currentTimeMillis() - jvmStart);
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
