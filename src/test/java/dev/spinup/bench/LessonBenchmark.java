package dev.spinup.bench;

import dev.spinup.run.RunOptions;
import dev.spinup.run.Sweep;
import dev.spinup.run.SweepRange;
import dev.spinup.run.SweepResult;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The classroom speed goals of issue 5, measured with a baseline taken in the same run:
 * (1) cold start to all charts of a lesson exported: a fresh JVM running {@code spinup run LESSON}, against a fresh
 * JVM that only prints {@code spinup --version} (the JVM's own start);
 * (2) a 100-point sweep of a lesson on this machine's cores, against one run of the lesson's arms.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.spinup.bench.LessonBenchmark
 * -Dbench.args='boot-storm'}.
 */
public final class LessonBenchmark {

    private static final int REPEATS = 5;

    private LessonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String lesson = args.length > 0 ? args[0] : "boot-storm";
        Path out = Files.createTempDirectory("spinup-bench");
        String classpath = System.getProperty("java.class.path");
        List<Long> jvmOnly = new ArrayList<>();
        List<Long> lessonRuns = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            jvmOnly.add(spawn(classpath, List.of("--version")));
            lessonRuns.add(spawn(classpath, List.of("run", lesson, "--out", out.toString())));
        }
        long baseline = median(jvmOnly);
        long cold = median(lessonRuns);
        System.out.printf(Locale.ROOT, "cold start to all charts of '%s' exported (fresh JVM, median of %d): %d ms%n",
                lesson, REPEATS, cold);
        System.out.printf(Locale.ROOT, "baseline, fresh JVM printing --version:                     %d ms%n",
                baseline);
        System.out.printf(Locale.ROOT, "ratio: %.2f; above the JVM's own start: %d ms (goal: total <= 3000 ms)%n",
                cold / (double) baseline, cold - baseline);
        try (var files = Files.list(out)) {
            System.out.println("files written: " + files.count());
        }

        ScenarioFile file = Lessons.load(lesson);
        RunOptions options = RunOptions.DEFAULT;
        SweepRange hundred = SweepRange.parse("1.." + Math.max(100, file.scenario().workload().instances()), 100,
                false);
        Sweep sweep = new Sweep(options);
        SweepRange two = SweepRange.parse("1..2", 2, false);
        sweep.run("workload.instances", two, (p, v) -> variant(file, p, v));
        long t0 = System.nanoTime();
        SweepResult result = sweep.run("workload.instances", hundred, (p, v) -> variant(file, p, v));
        long sweepMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        new dev.spinup.run.Runner(options).run(file.scenario());
        long oneRunMs = Math.max(1, (System.nanoTime() - t1) / 1_000_000);
        System.out.printf(Locale.ROOT, "100-point sweep of workload.instances over %s in '%s' on %d threads: %d ms"
                        + " (%d points; goal <= 10000 ms)%n", hundred.text(), lesson, options.threads(), sweepMs,
                result.points().size());
        System.out.printf(Locale.ROOT, "baseline, one run of the lesson as written: %d ms; ratio %.1f%n", oneRunMs,
                sweepMs / (double) oneRunMs);
    }

    private static dev.spinup.scenario.Scenario variant(ScenarioFile file, String path, String value) {
        try {
            return file.with(path, value).scenario();
        } catch (ScenarioFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static long spawn(String classpath, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", classpath, "dev.spinup.Launcher"));
        command.addAll(args);
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
        int exit = process.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited with " + exit);
        }
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
