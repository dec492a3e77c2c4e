package dev.spinup.app.player;

import java.util.Objects;
import java.util.Optional;

/**
 * Predict, observe, explain: the order a lesson is taught in. Play is only allowed once a prediction is
 * committed (or the teacher skips it); reaching the end of the run moves on to the explanation.
 */
public final class LessonFlow {

    private LessonStep step = LessonStep.PREDICT;
    private Prediction prediction;
    private boolean skipped;

    public LessonStep step() {
        return step;
    }

    public Optional<Prediction> prediction() {
        return Optional.ofNullable(prediction);
    }

    public boolean predictionSkipped() {
        return skipped;
    }

    /** Whether the run may be played: after a prediction, or after the teacher chose to skip it. */
    public boolean mayPlay() {
        return step != LessonStep.PREDICT;
    }

    public void commit(Prediction answer) {
        this.prediction = Objects.requireNonNull(answer, "answer");
        this.skipped = false;
        step = LessonStep.OBSERVE;
    }

    /** The teacher moves on without a committed answer. */
    public void skipPrediction() {
        this.prediction = null;
        this.skipped = true;
        step = LessonStep.OBSERVE;
    }

    /** The run reached its end: show the prediction beside the result. */
    public void reachedEnd() {
        if (step == LessonStep.OBSERVE) {
            step = LessonStep.EXPLAIN;
        }
    }

    /** Back to the question, as when a lesson is opened again. */
    public void restart() {
        step = LessonStep.PREDICT;
        prediction = null;
        skipped = false;
    }
}
