package dev.spinup.app.player;

/** The three steps of a lesson, in the order a class goes through them. */
public enum LessonStep {
    /** The question is on screen; nothing has been played yet. */
    PREDICT("Predict"),
    /** The run is being played. */
    OBSERVE("Observe"),
    /** The run has been watched to the end: the prediction beside what happened, and why. */
    EXPLAIN("Explain");

    private final String label;

    LessonStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
