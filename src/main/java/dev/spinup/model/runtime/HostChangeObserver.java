package dev.spinup.model.runtime;

/**
 * An observer that takes its hosts' memory, load and queue changes (the kinds of those it {@link #wants}) through
 * one {@link HostChangeSink} per host, asked for once, instead of as {@link ModelEvent}s. Other observers still get
 * those changes as events.
 */
public interface HostChangeObserver extends ModelObserver {

    /** Where the changes of the host named {@code host} go; asked once per host and kept. */
    HostChangeSink changesOf(String host);
}
