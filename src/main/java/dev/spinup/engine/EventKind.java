package dev.spinup.engine;

import java.util.Objects;

/** A named category of events, for diagnostics and traces; declare each kind once, as a constant. */
public record EventKind(String name) {

    public EventKind {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an event kind needs a name");
        }
    }

    public static EventKind of(String name) {
        return new EventKind(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
