package dev.spinup.run.task;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The most recent of a stream of requests (what a what-if slider makes): each submit cancels the one before, and
 * a superseded request's progress, result or failure is never delivered. Delivery happens on {@code deliverOn}
 * (the UI thread), where the check for "still the latest" is made, so a request superseded while its result was
 * on the way is dropped there too.
 */
public final class LatestRequest<T> {

    private final TaskExecutor executor;
    private final Executor deliverOn;
    private final Object lock = new Object();
    private long generation;
    private TaskHandle<T> current;

    public LatestRequest(TaskExecutor executor, Executor deliverOn) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.deliverOn = Objects.requireNonNull(deliverOn, "deliverOn");
    }

    public TaskHandle<T> submit(BackgroundTask<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        return submit(task, ProgressListener.NONE, onResult, onFailure);
    }

    /** As above, with progress delivered on {@code deliverOn} while this request is the latest. */
    public TaskHandle<T> submit(BackgroundTask<T> task, ProgressListener progress, Consumer<T> onResult,
                                Consumer<Throwable> onFailure) {
        Objects.requireNonNull(onResult, "onResult");
        Objects.requireNonNull(onFailure, "onFailure");
        long mine;
        synchronized (lock) {
            mine = ++generation;
            if (current != null) {
                current.cancel();
            }
        }
        ProgressListener forwarded = (done, total) -> deliverOn.execute(() -> {
            if (isLatest(mine)) {
                progress.progressed(done, total);
            }
        });
        TaskHandle<T> handle = executor.submit(task, forwarded);
        synchronized (lock) {
            if (generation == mine) {
                current = handle;
            } else {
                handle.cancel();
            }
        }
        handle.result().whenComplete((value, failure) -> deliverOn.execute(() -> {
            if (!isLatest(mine)) {
                return;
            }
            if (failure == null) {
                onResult.accept(value);
            } else {
                onFailure.accept(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        }));
        return handle;
    }

    /** Cancels the latest request; nothing more is delivered until the next submit. */
    public void cancel() {
        synchronized (lock) {
            generation++;
            if (current != null) {
                current.cancel();
                current = null;
            }
        }
    }

    private boolean isLatest(long request) {
        synchronized (lock) {
            return generation == request;
        }
    }
}
