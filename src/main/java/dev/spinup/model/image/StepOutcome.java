package dev.spinup.model.image;

/** Whether a build step was taken from the build cache or executed. */
public enum StepOutcome {
    CACHED,
    EXECUTED
}
