package dev.spinup.run.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** One submitted task: its handle for the caller and its context for the code it runs. */
final class RunningTask<T> implements TaskHandle<T>, TaskContext, Runnable {

    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    private final BackgroundTask<T> task;
    private final ProgressListener progress;
    private final AtomicInteger state = new AtomicInteger(NEW);
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile boolean cancelled;

    RunningTask(BackgroundTask<T> task, ProgressListener progress) {
        this.task = task;
        this.progress = progress;
        // Someone cancelling the future itself means the same as cancelling the task.
        result.whenComplete((value, failure) -> {
            if (failure instanceof CancellationException) {
                cancelled = true;
            }
        });
    }

    @Override
    public void run() {
        if (!state.compareAndSet(NEW, RUNNING)) {
            return;
        }
        T value = null;
        Throwable failure = null;
        try {
            value = task.call(this);
        } catch (Throwable t) {
            failure = t;
        }
        state.set(DONE);
        if (cancelled) {
            result.completeExceptionally(new CancellationException("cancelled"));
        } else if (failure != null) {
            result.completeExceptionally(failure);
        } else {
            result.complete(value);
        }
    }

    @Override
    public void cancel() {
        if (state.get() == DONE) {
            return;
        }
        cancelled = true;
        if (state.compareAndSet(NEW, DONE)) {
            result.completeExceptionally(new CancellationException("cancelled before it started"));
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public CompletableFuture<T> result() {
        return result;
    }

    @Override
    public void progress(int done, int total) {
        if (!cancelled) {
            progress.progressed(done, total);
        }
    }
}
