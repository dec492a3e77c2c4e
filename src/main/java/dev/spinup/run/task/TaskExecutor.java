package dev.spinup.run.task;

/**
 * Where background tasks run: {@link ProcessTaskExecutor} on the process's one pool, {@link DirectTaskExecutor}
 * on the caller's thread (for tests of code that submits tasks).
 */
public interface TaskExecutor {

    /** Starts {@code task}; {@code progress} hears its reports (until it is cancelled) on the thread doing it. */
    <T> TaskHandle<T> submit(BackgroundTask<T> task, ProgressListener progress);

    /** Cancels what is running and accepts no more tasks. */
    void shutdown();
}
