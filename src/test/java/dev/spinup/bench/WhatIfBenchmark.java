package dev.spinup.bench;

import dev.spinup.app.player.Narrator;
import dev.spinup.app.player.Playback;
import dev.spinup.app.player.WhatIfSession;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.style.Theme;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.Lesson;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.ScenarioFile;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long a what-if change takes per built-in lesson, warm: the scenario read again with the knob changed and
 * simulated ("re-simulate"), and with the playback, narration and charts the screen needs ("to screen"), against
 * the baseline of simulating the lesson's scenario unchanged, measured in the same run. Goal: re-simulate
 * ≤ 50 ms for lessons of at most 1 000 instances.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.spinup.bench.WhatIfBenchmark}.
 */
public final class WhatIfBenchmark {

    private static final int WARMUP = 5;
    private static final int REPEATS = 15;

    private WhatIfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "%-16s %9s %13s %11s %11s %6s%n", "lesson", "instances", "re-simulate",
                "to screen", "baseline", "ratio");
        for (Lesson lesson : Lessons.all()) {
            ScenarioFile file = Lessons.load(lesson.name());
            int n = file.scenario().workload().instances();
            WhatIfSession session = WhatIfSession.of(file);
            long[] resim = new long[REPEATS];
            long[] screen = new long[REPEATS];
            long[] base = new long[REPEATS];
            for (int i = -WARMUP; i < REPEATS; i++) {
                // Alternate the value so that every change is a change.
                String value = Integer.toString(Math.max(1, n + (i % 2 == 0 ? 1 : -1)));
                long t0 = System.nanoTime();
                RunResult run = session.withKnob("instances", value).run(TaskContext.NONE);
                long t1 = System.nanoTime();
                Playback playback = new Playback(run);
                new Narrator(playback);
                Charts.forRun(run, Theme.SCREEN);
                long t2 = System.nanoTime();
                new Runner().run(file.scenario());
                long t3 = System.nanoTime();
                if (i >= 0) {
                    resim[i] = t1 - t0;
                    screen[i] = t2 - t0;
                    base[i] = t3 - t2;
                }
            }
            double r = median(resim);
            double b = median(base);
            System.out.printf(Locale.ROOT, "%-16s %9d %10.1f ms %8.1f ms %8.1f ms %6.2f%n", lesson.name(), n, r,
                    median(screen), b, r / b);
        }
        System.out.println("medians of " + REPEATS + " after " + WARMUP + " warm-up changes; baseline: the lesson's"
                + " own scenario simulated unchanged; ratio = re-simulate / baseline");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
