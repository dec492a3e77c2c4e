package dev.spinup.model.image;

import java.util.Optional;

/** One step of a build: 1-based {@code number} as {@code docker build} prints it, outcome, instants and layer. */
public record StepResult(int number, BuildStep step, StepOutcome outcome, long startedAt, long finishedAt,
        Optional<ImageLayer> layer) {

    public long nanos() {
        return finishedAt - startedAt;
    }
}
