package dev.spinup.run.task;

/**
 * Work that may take long (a run, a sweep, an export): it reports progress through its context and stops soon
 * after the context says it was cancelled.
 */
@FunctionalInterface
public interface BackgroundTask<T> {

    T call(TaskContext context) throws Exception;
}
