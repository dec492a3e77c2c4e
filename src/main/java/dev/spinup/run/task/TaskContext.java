package dev.spinup.run.task;

import java.util.concurrent.CancellationException;

/** What a running task sees of its caller: where to report progress, and whether it should stop. */
public interface TaskContext {

    /** A context that is never cancelled and hears no progress, for work run outside any task. */
    TaskContext NONE = reportingTo(ProgressListener.NONE);

    void progress(int done, int total);

    /** Cheap enough to poll every few thousand simulated events (one volatile read). */
    boolean isCancelled();

    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** A context that is never cancelled and passes progress to {@code listener}. */
    static TaskContext reportingTo(ProgressListener listener) {
        return new Uncancellable(listener);
    }
}
