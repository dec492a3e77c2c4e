package dev.spinup.cli;

import dev.spinup.scenario.LessonInfo;

/** What a lesson says before anything runs: its title, goals and the question students answer first. */
final class LessonIntro {

    private LessonIntro() {
    }

    static String of(LessonInfo lesson, boolean withPredict) {
        StringBuilder text = new StringBuilder(lesson.title()).append('\n');
        if (!lesson.goals().isEmpty()) {
            text.append("\nGoals:\n");
            for (String goal : lesson.goals()) {
                text.append("  - ").append(goal).append('\n');
            }
        }
        if (withPredict && !lesson.predict().isBlank()) {
            text.append("\nPredict before you look: ").append(lesson.predict()).append('\n');
            for (int i = 0; i < lesson.choices().size(); i++) {
                text.append("  ").append((char) ('a' + i)).append(") ").append(lesson.choices().get(i)).append('\n');
            }
        }
        return text.append('\n').toString();
    }
}
