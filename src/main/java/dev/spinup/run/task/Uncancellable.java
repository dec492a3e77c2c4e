package dev.spinup.run.task;

import java.util.Objects;

/** The context of work that nobody can cancel: the entry points that take no context. */
record Uncancellable(ProgressListener listener) implements TaskContext {

    Uncancellable {
        Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void progress(int done, int total) {
        listener.progressed(done, total);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
