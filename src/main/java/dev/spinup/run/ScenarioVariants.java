package dev.spinup.run;

import dev.spinup.scenario.Scenario;

/** Makes the scenario with one parameter set to a value, as the scenario file would read with that value. */
@FunctionalInterface
public interface ScenarioVariants {

    /** @throws IllegalArgumentException with a plain-words reason when the value does not fit the parameter */
    Scenario with(String parameter, String value);
}
