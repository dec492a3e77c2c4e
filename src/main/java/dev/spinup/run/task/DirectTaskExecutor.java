package dev.spinup.run.task;

import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs each task to its end on the caller's thread before {@code submit} returns, so tests of code that submits
 * tasks (the app's screens) are deterministic without waiting (as JabRef's CurrentThreadTaskExecutor).
 */
public final class DirectTaskExecutor implements TaskExecutor {

    private volatile boolean shutDown;

    @Override
    public <T> TaskHandle<T> submit(BackgroundTask<T> task, ProgressListener progress) {
        if (shutDown) {
            throw new RejectedExecutionException("the executor is shut down");
        }
        RunningTask<T> running = new RunningTask<>(Objects.requireNonNull(task, "task"),
                Objects.requireNonNull(progress, "progress"));
        running.run();
        return running;
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }
}
