package dev.spinup.app.viewmodel;

import dev.spinup.app.player.Comparison;
import dev.spinup.app.player.TeacherAction;
import dev.spinup.app.player.WhatIfSession;
import dev.spinup.model.host.HostSpec;
import dev.spinup.scenario.StackChoice;
import dev.spinup.scenario.WhatIfKnob;
import dev.spinup.scenario.json.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The what-if panel: the lesson's knobs with their values (changed ones marked, each with its way back to the
 * lesson), the teacher's actions on the run, and the comparison of two versions of one stack. Every change makes
 * a new {@link WhatIfSession} and hands it to be re-simulated; a newer change supersedes one still running.
 */
public final class WhatIfViewModel {

    /** One knob as the panel shows it. */
    public static final class Knob {
        private final WhatIfKnob knob;
        private final StringProperty value = new SimpleStringProperty();
        private final BooleanProperty changed = new SimpleBooleanProperty();

        Knob(WhatIfKnob knob, String value) {
            this.knob = knob;
            this.value.set(value);
            changed.set(!value.equals(knob.lesson()));
        }

        public WhatIfKnob knob() {
            return knob;
        }

        /** The value now, as {@link WhatIfKnob} writes values. */
        public ReadOnlyStringProperty valueProperty() {
            return value;
        }

        /** Whether the value differs from the lesson's. */
        public ReadOnlyBooleanProperty changedProperty() {
            return changed;
        }
    }

    private final Consumer<WhatIfSession> resimulate;
    private final LongSupplier now;
    private final ObjectProperty<WhatIfSession> session = new SimpleObjectProperty<>();
    private final ObservableList<Knob> knobs = FXCollections.observableArrayList();
    private final ObservableList<TeacherAction> actions = FXCollections.observableArrayList();
    private final ObservableList<String> stacks = FXCollections.observableArrayList();
    private final ObservableList<String> hosts = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty anyChanged = new SimpleBooleanProperty();
    private final StringProperty changes = new SimpleStringProperty("");
    private final BooleanProperty canBuild = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");

    /**
     * @param resimulate runs a session off the UI thread and shows it (superseding any still running)
     * @param now        the playback time, where actions happen
     */
    WhatIfViewModel(Consumer<WhatIfSession> resimulate, LongSupplier now) {
        this.resimulate = Objects.requireNonNull(resimulate, "resimulate");
        this.now = Objects.requireNonNull(now, "now");
    }

    /** A lesson was opened: its knobs at the lesson's values, no actions, no comparison. */
    void load(WhatIfSession fresh) {
        session.set(fresh);
        knobs.setAll(fresh.whatIf().knobs().stream().map(k -> new Knob(k, k.lesson())).toList());
        stacks.setAll(fresh.lesson().scenario().stacks().stream().map(StackChoice::label).toList());
        hosts.setAll(fresh.lesson().scenario().hostSpecs().stream().map(HostSpec::name).toList());
        canBuild.set(TeacherAction.canBuild(fresh.lesson()));
        actions.clear();
        problem.set("");
        busy.set(false);
        sync();
    }

    /** Sets a knob (a slider moved, a choice made) and re-simulates. */
    public void set(String knobId, String value) {
        WhatIfSession current = session.get();
        if (current == null || value == null || value.equals(current.value(knob(knobId)))) {
            return;
        }
        change(current.withKnob(knobId, value));
    }

    /** One knob back to the lesson's value. */
    public void reset(String knobId) {
        WhatIfSession current = session.get();
        if (current != null && current.knobs().containsKey(knobId)) {
            change(current.withoutKnob(knobId));
        }
    }

    /** Every knob back to the lesson's value. */
    public void resetAll() {
        WhatIfSession current = session.get();
        if (current != null && !current.knobs().isEmpty()) {
            change(current.withLessonKnobs());
        }
    }

    /** Starts {@code count} more instances at the playback time. */
    public void startMore(int count) {
        act(TeacherAction.start(now.getAsLong(), count));
    }

    /** Stops the {@code count} most recently started instances at the playback time. */
    public void stop(int count) {
        act(TeacherAction.stop(now.getAsLong(), count));
    }

    /** Builds the lesson's last Dockerfile again at the playback time, with the code it copies edited. */
    public void rebuild() {
        act(TeacherAction.build(now.getAsLong()));
    }

    /** Takes a host down at the playback time. */
    public void failHost(String host) {
        act(TeacherAction.failHost(now.getAsLong(), host));
    }

    private void act(TeacherAction action) {
        WhatIfSession current = session.get();
        if (current != null) {
            change(current.withAction(action));
        }
    }

    /** Takes back the {@code index}-th action. */
    public void undo(int index) {
        WhatIfSession current = session.get();
        if (current != null && index >= 0 && index < current.actions().size()) {
            change(current.withoutAction(index));
        }
    }

    /** Shows the stack at {@code stackIndex} twice: as it is, and with {@code knobId} at {@code value}. */
    public void compare(int stackIndex, String knobId, String value) {
        WhatIfSession current = session.get();
        if (current != null) {
            change(current.withComparison(Optional.of(new Comparison(stackIndex, knobId, value))));
        }
    }

    /** Back to the lesson's columns. */
    public void stopComparing() {
        WhatIfSession current = session.get();
        if (current != null && current.comparison().isPresent()) {
            change(current.withComparison(Optional.empty()));
        }
    }

    private void change(WhatIfSession next) {
        session.set(next);
        problem.set("");
        sync();
        busy.set(true);
        resimulate.accept(next);
    }

    /** The latest session was shown. */
    void shown() {
        busy.set(false);
    }

    /** The latest session was refused: say why; the stage keeps the last run that worked. */
    void refused(List<Problem> problems) {
        busy.set(false);
        problem.set(problems.isEmpty() ? "" : problems.get(0).message());
    }

    /** The latest session could not run (out of memory, say). */
    void failed(String message) {
        busy.set(false);
        problem.set(message);
    }

    private void sync() {
        WhatIfSession current = session.get();
        for (Knob k : knobs) {
            String value = current.value(k.knob);
            k.value.set(value);
            k.changed.set(!value.equals(k.knob.lesson()));
        }
        if (!actions.equals(current.actions())) {
            actions.setAll(current.actions());
        }
        anyChanged.set(!current.knobs().isEmpty());
        changes.set(current.changes());
    }

    private WhatIfKnob knob(String id) {
        return session.get().whatIf().knob(id).orElseThrow(() -> new IllegalArgumentException("no knob " + id));
    }

    public ObservableList<Knob> knobs() {
        return knobs;
    }

    /** The teacher's actions, in the order taken. */
    public ObservableList<TeacherAction> actions() {
        return actions;
    }

    /** The lesson's stacks by label, for choosing the one to compare. */
    public ObservableList<String> stacks() {
        return stacks;
    }

    /** The lesson's hosts by name, for choosing the one to fail. */
    public ObservableList<String> hosts() {
        return hosts;
    }

    public ReadOnlyObjectProperty<WhatIfSession> sessionProperty() {
        return session;
    }

    /** True while a change is being re-simulated. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * The knobs that differ from the lesson, as "instances 250, host cores 32" (empty when none): the lesson's own
     * texts were written for its values, so whatever shows them says what the run on screen changed.
     */
    public ReadOnlyStringProperty changesProperty() {
        return changes;
    }

    /** True when some knob is away from the lesson's value. */
    public ReadOnlyBooleanProperty anyChangedProperty() {
        return anyChanged;
    }

    /** True when the lesson has a build to run again. */
    public ReadOnlyBooleanProperty canBuildProperty() {
        return canBuild;
    }

    /** Why the latest change was refused, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }
}
