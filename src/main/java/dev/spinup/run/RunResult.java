package dev.spinup.run;

import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.WorkBudget;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of running a scenario: one arm per stack, in the scenario's order, and how much of the first
 * replication it kept. Immutable.
 */
public record RunResult(Scenario scenario, List<ArmResult> arms, Recording recording) {

    public RunResult {
        Objects.requireNonNull(scenario, "scenario");
        arms = List.copyOf(arms);
        Objects.requireNonNull(recording, "recording");
    }

    /** A run that kept every detail. */
    public RunResult(Scenario scenario, List<ArmResult> arms) {
        this(scenario, arms, Recording.FULL);
    }

    /** What the output must say about what the run left out; empty when it kept everything. */
    public Optional<String> recordingNote() {
        return recording.note(WorkBudget.of(scenario).detailedInstances());
    }

    public Optional<ArmResult> arm(String stackId) {
        return arms.stream().filter(a -> a.stack().id().equals(stackId)).findFirst();
    }
}
