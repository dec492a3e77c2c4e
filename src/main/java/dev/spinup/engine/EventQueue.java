package dev.spinup.engine;

/** The future event list, ordered by time, then priority, then insertion order. */
final class EventQueue extends IndexedHeap<ScheduledEvent> {

    void add(ScheduledEvent event) {
        add(event, event.time, event.order);
    }
}
