package dev.spinup.engine;

/** The future event list, ordered by time, then priority, then insertion order. */
final class EventQueue extends IndexedHeap<ScheduledEvent> {

    @Override
    boolean before(ScheduledEvent a, ScheduledEvent b) {
        return a.time < b.time || (a.time == b.time && a.order < b.order);
    }
}
