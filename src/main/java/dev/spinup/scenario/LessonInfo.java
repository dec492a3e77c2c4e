package dev.spinup.scenario;

import java.util.List;
import java.util.Objects;

/**
 * What a lesson tells students: its title and description, the learning goals, the question to predict before
 * pressing play (with the choices to pick from, if it offers some), the answer as this run gives it (a text with
 * computed figures, empty when the lesson has none), and what to notice afterwards.
 */
public record LessonInfo(String title, String description, List<String> goals, String predict, List<String> choices,
        String answer, String notice) {

    public LessonInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        goals = List.copyOf(goals);
        Objects.requireNonNull(predict, "predict");
        choices = List.copyOf(choices);
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(notice, "notice");
    }

    /** A lesson whose question has no choices and no computed answer. */
    public LessonInfo(String title, String description, List<String> goals, String predict, String notice) {
        this(title, description, goals, predict, List.of(), "", notice);
    }
}
