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
            private int pulses;

            @Override
            public void handle(long now) {
                // The second pulse: the first frame has been rendered by then.
                if (++pulses == 2) {
                    System.out.printf(Locale.ROOT, "window painted %d ms after the JVM started%n",
                            System.currentTimeMillis() - jvmStart);
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
