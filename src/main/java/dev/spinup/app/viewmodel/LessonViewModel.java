package dev.spinup.app.viewmodel;

import dev.spinup.app.player.LessonFlow;
import dev.spinup.app.player.LessonStep;
import dev.spinup.app.player.Prediction;
import dev.spinup.engine.SimTime;
import dev.spinup.run.ArmResult;
import dev.spinup.run.ArmSummary;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.LessonInfo;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lesson around the run: its title, goals and predict question; the answer the class commits before play;
 * and, at the end, that answer beside what happened in this run, with the lesson's explanation.
 */
public final class LessonViewModel {

    /** One stack's outcome as the reveal shows it, every figure from this run. */
    public record Outcome(String stackId, String stack, String ready, String medianStart, String allReady) {
    }

    private final LessonFlow flow = new LessonFlow();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<String> goals = FXCollections.observableArrayList();
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final StringProperty committed = new SimpleStringProperty("");
    private final StringProperty explanation = new SimpleStringProperty("");
    private final ObjectProperty<LessonStep> step = new SimpleObjectProperty<>(LessonStep.PREDICT);
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();

    /** Shows a newly opened lesson at its predict step. */
    public void load(LessonInfo lesson, RunResult run, String explanationText) {
        title.set(lesson.title());
        description.set(lesson.description());
        goals.setAll(lesson.goals());
        StringBuilder asked = new StringBuilder(lesson.predict());
        for (int i = 0; i < lesson.choices().size(); i++) {
            asked.append("\n").append((char) ('a' + i)).append(") ").append(lesson.choices().get(i));
        }
        question.set(asked.toString());
        explanation.set(explanationText);
        answer.set("");
        committed.set("");
        flow.restart();
        outcomes.setAll(outcomes(run));
        sync();
    }

    private static List<Outcome> outcomes(RunResult run) {
        List<Outcome> rows = new ArrayList<>();
        for (ArmResult arm : run.arms()) {
            ArmSummary s = arm.summary();
            rows.add(new Outcome(arm.stack().id(), arm.stack().label(), s.ready() + " of " + s.requested(),
                    s.ready() == 0 ? "none ready" : SimTime.format(Math.round(s.startup().p50())),
                    s.allReadyNanos() < 0 ? "not all ready" : SimTime.format(s.allReadyNanos())));
        }
        return rows;
    }

    /** Shows a re-simulated run of the same lesson: new outcomes and explanation, the step and answer kept. */
    public void rerun(RunResult run, String explanationText) {
        explanation.set(explanationText);
        outcomes.setAll(outcomes(run));
    }

    /**
     * Commits the typed answer and moves on to observing.
     *
     * @return false (and nothing changes) when no answer was typed
     */
    public boolean commit() {
        String text = answer.get() == null ? "" : answer.get().strip();
        if (text.isEmpty()) {
            return false;
        }
        flow.commit(new Prediction(text));
        committed.set(text);
        sync();
        return true;
    }

    /** The teacher moves on without an answer. */
    public void skip() {
        flow.skipPrediction();
        committed.set("");
        sync();
    }

    /** Playback reached the end: time to explain. */
    public void reachedEnd() {
        flow.reachedEnd();
        sync();
    }

    /** Back to the question. */
    public void restart() {
        flow.restart();
        committed.set("");
        sync();
    }

    public boolean mayPlay() {
        return flow.mayPlay();
    }

    private void sync() {
        step.set(flow.step());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<String> goals() {
        return goals;
    }

    public ReadOnlyStringProperty questionProperty() {
        return question;
    }

    /** What the class is typing as its prediction. */
    public StringProperty answerProperty() {
        return answer;
    }

    /** The prediction as committed; empty when skipped. */
    public ReadOnlyStringProperty committedProperty() {
        return committed;
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation;
    }

    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step;
    }

    public ObservableList<Outcome> outcomes() {
        return outcomes;
    }
}
