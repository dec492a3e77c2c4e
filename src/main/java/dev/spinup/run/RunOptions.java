package dev.spinup.run;

import dev.spinup.run.task.ProcessTaskExecutor;
import dev.spinup.run.task.ProgressListener;
import dev.spinup.run.task.TaskExecutor;
import java.util.Objects;

/**
 * How to run: how many simulations may run side by side, who hears about progress when the run is called without
 * a task context, the executor that lends the threads (the process's pool unless told otherwise), and what drives
 * each arm (the scenario's workload unless told otherwise). Results never depend on the first three.
 */
public record RunOptions(int threads, ProgressListener progress, TaskExecutor executor, ArmDriver driver) {

    public static final RunOptions DEFAULT = new RunOptions(Runtime.getRuntime().availableProcessors(),
            ProgressListener.NONE);

    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(driver, "driver");
    }

    /** Driven by the scenario's own workload. */
    public RunOptions(int threads, ProgressListener progress, TaskExecutor executor) {
        this(threads, progress, executor, ArmDriver.SCENARIO);
    }

    /** On the process's one pool. */
    public RunOptions(int threads, ProgressListener progress) {
        this(threads, progress, ProcessTaskExecutor.shared());
    }

    public RunOptions withProgress(ProgressListener listener) {
        return new RunOptions(threads, listener, executor, driver);
    }

    public RunOptions withExecutor(TaskExecutor pool) {
        return new RunOptions(threads, progress, pool, driver);
    }

    /** Each arm driven by {@code armDriver} instead of the scenario's arrivals and timeline. */
    public RunOptions withDriver(ArmDriver armDriver) {
        return new RunOptions(threads, progress, executor, armDriver);
    }
}
