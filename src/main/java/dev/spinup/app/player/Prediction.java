package dev.spinup.app.player;

import java.util.Objects;

/** What the class committed to before pressing play, as it will be shown beside what happened. */
public record Prediction(String answer) {

    public Prediction {
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a prediction needs an answer");
        }
    }
}
