package dev.spinup.engine;

/** Guards that stop a runaway run with a clear error instead of hanging. */
public record SimulationLimits(long maxEventsAtOneInstant) {

    /** Generous enough for a million containers started at once, small enough to stop a zero-delay loop in seconds. */
    public static final SimulationLimits DEFAULT = new SimulationLimits(50_000_000L);

    public SimulationLimits {
        if (maxEventsAtOneInstant < 1) {
            throw new IllegalArgumentException("maxEventsAtOneInstant must be at least 1");
        }
    }
}
