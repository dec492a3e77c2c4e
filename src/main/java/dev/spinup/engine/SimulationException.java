package dev.spinup.engine;

/** A failure raised while firing an event, with the simulated time and the kind of event it happened in. */
public class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long timeNanos;

    public SimulationException(String message, long timeNanos, Throwable cause) {
        super(message, cause);
        this.timeNanos = timeNanos;
    }

    public long timeNanos() {
        return timeNanos;
    }
}
