package dev.spinup.run;

import dev.spinup.scenario.Scenario;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of running a scenario: one arm per stack, in the scenario's order. Immutable. */
public record RunResult(Scenario scenario, List<ArmResult> arms) {

    public RunResult {
        Objects.requireNonNull(scenario, "scenario");
        arms = List.copyOf(arms);
    }

    public Optional<ArmResult> arm(String stackId) {
        return arms.stream().filter(a -> a.stack().id().equals(stackId)).findFirst();
    }
}
