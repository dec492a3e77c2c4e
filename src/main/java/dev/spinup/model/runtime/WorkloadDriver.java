package dev.spinup.model.runtime;

/**
 * What drives a run's workload: asks the infrastructure for instances and acts on it as simulated time goes by.
 * A scenario's arrivals and timeline are one driver; an orchestrator reconciling its objects is another.
 */
public interface WorkloadDriver {

    /**
     * Called once, at time zero, before the simulation runs: schedules on {@code infrastructure.simulation()}
     * what the driver will do, and subscribes to whatever it reacts to ({@link Infrastructure#observe}).
     */
    void drive(Infrastructure infrastructure);
}
