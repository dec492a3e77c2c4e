package dev.spinup.engine;

/** Observes every event the simulation fires, in firing order; the hook a recorder or a trace hash uses. */
@FunctionalInterface
public interface EventListener {
    void onEvent(long timeNanos, EventKind kind);
}
