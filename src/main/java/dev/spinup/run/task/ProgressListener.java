package dev.spinup.run.task;

/** Told how far a task has come (simulations done of all); called from the thread doing the work. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progressed(int done, int total);
}
