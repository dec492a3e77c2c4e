package dev.spinup.bench;

import dev.spinup.run.RunOptions;
import dev.spinup.run.Runner;
import dev.spinup.run.Sweep;
import dev.spinup.run.SweepRange;
import dev.spinup.run.SweepResult;
import dev.spinup.run.task.ProcessTaskExecutor;
import dev.spinup.run.task.TaskHandle;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How soon a cancelled sweep returns: a 100-point sweep of a lesson's instance count is cancelled once its first
 * simulation has finished (so others are running), and the time from cancel() to the result completing is
 * measured, beside the time of one simulation of the sweep (the baseline: what waiting for the running pieces to
 * finish would cost).
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.spinup.bench.CancelBenchmark
 * -Dbench.args=boot-storm}
 */
public final class CancelBenchmark {

    private static final int REPEATS = 20;

    private CancelBenchmark() {
    }

    private static Scenario variant(ScenarioFile file, String path, String value) {
        try {
            return file.with(path, value).scenario();
        } catch (ScenarioFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static void main(String[] args) throws Exception {
        String lesson = args.length > 0 ? args[0] : "boot-storm";
        ScenarioFile file = Lessons.load(lesson);
        int instances = file.scenario().workload().instances();
        SweepRange range = SweepRange.parse(Math.max(1, instances / 2) + ".." + instances * 2, 100, false);
        ProcessTaskExecutor pool = ProcessTaskExecutor.shared();
        Sweep sweep = new Sweep(RunOptions.DEFAULT);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            CountDownLatch first = new CountDownLatch(1);
            TaskHandle<SweepResult> handle = pool.submit(sweep.task("workload.instances", range,
                    (path, value) -> variant(file, path, value)), (done, total) -> first.countDown());
            first.await();
            long cancelled = System.nanoTime();
            handle.cancel();
            try {
                handle.result().get(60, TimeUnit.SECONDS);
                throw new IllegalStateException("the sweep finished before it was cancelled");
            } catch (CancellationException expected) {
                latencies.add(System.nanoTime() - cancelled);
            }
        }
        long start = System.nanoTime();
        new Runner(RunOptions.DEFAULT).run(variant(file, "workload.instances", Integer.toString(instances * 2))
                .withReplications(1));
        long oneRun = System.nanoTime() - start;
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "cancel to result, 100-point sweep of '%s' (%d repeats): median %.2f ms,"
                        + " max %.2f ms (goal <= 100 ms)%n", lesson, REPEATS, latencies.get(REPEATS / 2) / 1e6,
                latencies.get(REPEATS - 1) / 1e6);
        System.out.printf(Locale.ROOT, "baseline, one run of the sweep's largest point: %.2f ms; ratio %.3f%n",
                oneRun / 1e6, latencies.get(REPEATS / 2) / (double) oneRun);
    }
}
