package dev.spinup.scenario;

import java.util.List;
import java.util.Objects;

/**
 * What a lesson tells students: its title and description, the learning goals, the question to predict before
 * pressing play, and what to notice afterwards.
 */
public record LessonInfo(String title, String description, List<String> goals, String predict, String notice) {

    public LessonInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        goals = List.copyOf(goals);
        Objects.requireNonNull(predict, "predict");
        Objects.requireNonNull(notice, "notice");
    }
}
