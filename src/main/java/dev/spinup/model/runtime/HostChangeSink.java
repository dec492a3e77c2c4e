package dev.spinup.model.runtime;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.startup.ControlPoint;

/**
 * One host's memory, load and queue changes, told straight to whoever keeps their series: the most frequent
 * changes of a run (several per demand), so they come with no event object and no look-up of the host per change.
 */
public interface HostChangeSink {

    /** As {@link ModelEvent.MemoryChanged}: the host's total of {@code component} is now {@code bytes}. */
    void memoryChanged(long timeNanos, MemoryComponent component, long bytes);

    /** As {@link ModelEvent.LoadChanged}: {@code activeJobs} share the resource, which is this busy (0..1). */
    void loadChanged(long timeNanos, ResourceKind resource, int activeJobs, double utilisation);

    /** As {@link ModelEvent.QueueChanged}: {@code waiting} requests queued behind {@code holding} ones. */
    void queueChanged(long timeNanos, ControlPoint point, int waiting, int holding);
}
