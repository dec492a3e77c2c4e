package dev.spinup.engine;

/** A handle on an event in the queue: when it fires, what kind it is, and a way to cancel it. */
public final class ScheduledEvent extends IndexedHeap.Node {

    final long time;
    /** Priority in the top byte, insertion sequence below: one comparison orders both. */
    final long order;
    final EventKind kind;
    final Runnable action;
    private final Simulation simulation;

    ScheduledEvent(Simulation simulation, long time, long order, EventKind kind, Runnable action) {
        this.simulation = simulation;
        this.time = time;
        this.order = order;
        this.kind = kind;
        this.action = action;
    }

    public long time() {
        return time;
    }

    public EventKind kind() {
        return kind;
    }

    /** True until the event fires or is cancelled. */
    public boolean isPending() {
        return heapIndex >= 0;
    }

    /** Removes the event from the queue in O(log n); returns false if it already fired or was cancelled. */
    public boolean cancel() {
        return simulation.cancel(this);
    }
}
