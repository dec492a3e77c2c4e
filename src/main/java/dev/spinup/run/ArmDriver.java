package dev.spinup.run;

import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.runtime.WorkloadDriver;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;

/**
 * Makes what drives one arm of a run: the scenario's own arrivals and timeline ({@link #SCENARIO}), or another
 * {@link WorkloadDriver} (an orchestrator reconciling its objects) over the same hosts, registry and seed.
 */
@FunctionalInterface
public interface ArmDriver {

    /** The scenario file's workload: its instances arriving by its arrival pattern, and its timeline actions. */
    ArmDriver SCENARIO = (scenario, stack, streams) -> new ScenarioWorkload(scenario, stack.spec(), streams);

    /**
     * The driver of one arm-replication; {@code streams} are the replication's, so a driver that draws from them
     * (by its own stream names) draws the same numbers on every arm.
     */
    WorkloadDriver create(Scenario scenario, StackChoice stack, RandomStreams streams);
}
