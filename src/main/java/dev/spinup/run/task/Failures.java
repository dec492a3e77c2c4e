package dev.spinup.run.task;

import java.io.IOException;
import java.io.UncheckedIOException;

/** How a task's failure reaches a caller that cannot take checked exceptions: as thrown, or wrapped once. */
final class Failures {

    private Failures() {
    }

    static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(failure);
    }
}
