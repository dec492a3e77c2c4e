package dev.spinup.run;

import java.util.Objects;

/**
 * How to run: how many threads may run arms and replications side by side, and who hears about progress.
 * Results never depend on either.
 */
public record RunOptions(int threads, ProgressListener progress) {

    public static final RunOptions DEFAULT = new RunOptions(Runtime.getRuntime().availableProcessors(),
            ProgressListener.NONE);

    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        Objects.requireNonNull(progress, "progress");
    }

    public RunOptions withProgress(ProgressListener listener) {
        return new RunOptions(threads, listener);
    }
}
