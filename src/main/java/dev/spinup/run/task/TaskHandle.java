package dev.spinup.run.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A submitted task: cancel it, or wait for its result. The result completes only once the task's code has
 * returned, so when a cancelled task's result completes (with a {@link CancellationException}) nothing of it is
 * still running.
 */
public interface TaskHandle<T> {

    /** Asks the task to stop; a task that has not started never starts. Does nothing once the task is done. */
    void cancel();

    boolean isCancelled();

    CompletableFuture<T> result();

    /**
     * Waits for the result on the calling thread and rethrows a failure as it was thrown (a checked one wrapped:
     * an {@link IOException} as {@link UncheckedIOException}); a cancelled task throws
     * {@link CancellationException}.
     */
    default T await() {
        try {
            return result().get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a task");
        } catch (ExecutionException | CompletionException e) {
            throw Failures.unchecked(e.getCause());
        }
    }
}
