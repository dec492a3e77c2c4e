package dev.spinup.scenario;

import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.StringNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code lesson} section. Only the title is required, so a first scenario loads; a lesson without a
 * description, goals, a question to predict or something to notice loads with a warning, because a lesson for
 * students needs them all.
 */
final class LessonReader {

    static final int MAX_GOALS = 20;
    static final int MAX_CHOICES = 6;

    private LessonReader() {
    }

    static LessonInfo read(ObjectView v, ReadContext context) {
        String title = v.requiredString("title");
        if (v.node("title").orElse(null) instanceof StringNode && title.isBlank()) {
            v.problem("title", "`title` must not be empty");
        }
        String description = recommended(v, "description", "what the lesson is about", context);
        List<String> goals = v.optionalArray("goals").map(a -> {
            a.requireSize(0, MAX_GOALS);
            return a.strings();
        }).orElse(List.of());
        if (goals.isEmpty() && v.isPresent()) {
            context.warn(v, "goals", "the lesson has no learning `goals`; list what students should take away");
        }
        String predict = recommended(v, "predict", "the question students answer before pressing play", context);
        String notice = recommended(v, "notice", "what students should notice afterwards", context);
        List<String> choices = v.optionalArray("choices").map(a -> {
            a.requireSize(2, MAX_CHOICES);
            return a.strings();
        }).orElse(List.of());
        String answer = v.optionalString("answer").orElse("");
        Section.LESSON.finish(v);
        return new LessonInfo(title, description, goals, predict, choices, answer, notice);
    }

    private static String recommended(ObjectView v, String key, String what, ReadContext context) {
        Optional<String> text = v.optionalString(key);
        if (v.isPresent() && (text.isEmpty() || text.get().isBlank()) && !(v.has(key) && text.isEmpty())) {
            context.warn(v, key, "the lesson has no `" + key + "`: " + what);
        }
        return text.orElse("");
    }
}
