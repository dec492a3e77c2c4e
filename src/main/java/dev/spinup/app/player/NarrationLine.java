package dev.spinup.app.player;

import dev.spinup.model.catalogue.Source;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence of the narration log: when it happened, to which stack and instance, in plain words, and the
 * source of the number behind it when there is one.
 */
public record NarrationLine(long timeNanos, String stackId, String instanceId, Kind kind, String text,
                            Optional<Source> source) {

    /** What the sentence is about, so the log can mark it (and a student can filter it). */
    public enum Kind { PHASE, WAIT, READY, REFUSED, FAILED, STOPPED, HOST }

    public NarrationLine {
        Objects.requireNonNull(stackId, "stackId");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
