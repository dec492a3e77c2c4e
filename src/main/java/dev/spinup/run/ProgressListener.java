package dev.spinup.run;

/** Told after each simulation of a run or sweep finishes; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progressed(int done, int total);
}
