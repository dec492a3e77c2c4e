package dev.spinup.app.player;

import dev.spinup.run.RunOptions;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.LessonInfo;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.WhatIf;
import dev.spinup.scenario.WhatIfKnob;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;

/**
 * A lesson as the teacher has changed it in class: the what-if knobs turned away from the lesson's values, the
 * actions taken on the run (which become part of the lesson, and are saved with it), and perhaps a comparison of
 * two versions of one stack. Immutable: each change makes a new session, which a background task can run while
 * the panel moves on.
 *
 * @param lesson  the lesson as it was opened
 * @param knobs   the knobs set away from the lesson's values, by knob id, as {@link WhatIfKnob} writes values
 * @param actions the teacher's actions, in the order taken
 */
public record WhatIfSession(ScenarioFile lesson, WhatIf whatIf, Map<String, String> knobs,
                            List<TeacherAction> actions, Optional<Comparison> comparison) {

    public WhatIfSession {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(whatIf, "whatIf");
        knobs = Map.copyOf(knobs);
        actions = List.copyOf(actions);
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The lesson as opened, nothing changed. */
    public static WhatIfSession of(ScenarioFile lesson) {
        return new WhatIfSession(lesson, lesson.whatIf(), Map.of(), List.of(), Optional.empty());
    }

    /** The knob at {@code value}; at the lesson's own value it counts as not changed. */
    public WhatIfSession withKnob(String id, String value) {
        WhatIfKnob knob = whatIf.knob(id).orElseThrow(() -> new IllegalArgumentException("no knob " + id));
        Map<String, String> next = new LinkedHashMap<>(knobs);
        if (knob.lesson().equals(value)) {
            next.remove(id);
        } else {
            next.put(id, value);
        }
        return new WhatIfSession(lesson, whatIf, next, actions, comparison);
    }

    /** The knob back at the lesson's value. */
    public WhatIfSession withoutKnob(String id) {
        Map<String, String> next = new LinkedHashMap<>(knobs);
        next.remove(id);
        return new WhatIfSession(lesson, whatIf, next, actions, comparison);
    }

    /** Every knob back at the lesson's value (the actions stay: they are part of the lesson now). */
    public WhatIfSession withLessonKnobs() {
        return new WhatIfSession(lesson, whatIf, Map.of(), actions, comparison);
    }

    public WhatIfSession withAction(TeacherAction action) {
        List<TeacherAction> next = new ArrayList<>(actions);
        next.add(action);
        return new WhatIfSession(lesson, whatIf, knobs, next, comparison);
    }

    /** The session without the {@code index}-th action (undo). */
    public WhatIfSession withoutAction(int index) {
        List<TeacherAction> next = new ArrayList<>(actions);
        next.remove(index);
        return new WhatIfSession(lesson, whatIf, knobs, next, comparison);
    }

    public WhatIfSession withComparison(Optional<Comparison> newComparison) {
        return new WhatIfSession(lesson, whatIf, knobs, actions, newComparison);
    }

    /** The knob's value now: the teacher's, or the lesson's. */
    public String value(WhatIfKnob knob) {
        return knobs.getOrDefault(knob.id(), knob.lesson());
    }

    /** The lesson with the teacher's actions in its timeline: what saving the lesson writes. */
    public ScenarioFile lessonWithActions() throws ScenarioFileException {
        ScenarioFile file = lesson;
        for (int i = 0; i < actions.size(); i++) {
            file = actions.get(i).addTo(file, i + 1);
        }
        return file;
    }

    /**
     * The knobs that differ from the lesson, as "instances 250, host cores 32" (empty when none): the lesson's texts
     * were written for its own values, so whatever shows them also says what this run changed.
     */
    public String changes() {
        return whatIf.knobs().stream().filter(k -> !value(k).equals(k.lesson()))
                .map(k -> k.kind().label().toLowerCase(Locale.ROOT) + k.stack().map(s -> " (" + s + ")").orElse("")
                        + " " + k.display(value(k)))
                .collect(Collectors.joining(", "));
    }

    /** The lesson's title, followed by what the knobs changed when they did. */
    public String title() {
        return titled(lesson.scenario().lesson().title(), changes());
    }

    /** {@code title}, followed by {@code changes} (from {@link #changes()}) when there are any. */
    public static String titled(String title, String changes) {
        return changes.isEmpty() ? title : title + " — what if: " + changes;
    }

    /** The lesson with its actions and the knobs as set: what the stage shows (without a comparison). */
    public ScenarioFile shown() throws ScenarioFileException {
        ScenarioFile file = lessonWithActions();
        for (WhatIfKnob knob : whatIf.knobs()) {
            String value = knobs.get(knob.id());
            if (value != null) {
                file = knob.applyTo(file, value);
            }
        }
        return file;
    }

    /**
     * Simulates what the stage shows: the changed lesson, or the comparison's two columns.
     *
     * @throws ScenarioFileException when a knob or an action makes a scenario the reader refuses
     */
    public RunResult run(TaskContext context) throws ScenarioFileException {
        ScenarioFile shown = shown();
        if (comparison.isEmpty()) {
            // the charts put the lesson's title under theirs: it names the knobs this run changed
            Scenario scenario = shown.scenario();
            LessonInfo info = scenario.lesson();
            return new Runner(RunOptions.DEFAULT).run(scenario.withLesson(new LessonInfo(title(), info.description(),
                    info.goals(), info.predict(), info.choices(), info.answer(), info.notice())), context);
        }
        return new ComparedRun(shown, whatIf, this::value).run(comparison.get(), context);
    }
}
