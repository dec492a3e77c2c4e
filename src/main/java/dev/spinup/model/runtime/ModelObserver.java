package dev.spinup.model.runtime;

import java.util.EnumSet;
import java.util.Set;

/**
 * Receives the model's events as they happen; a run's recorder is one, a controller another. Each declares the
 * kinds it wants, and an event no observer wants is never built.
 */
public interface ModelObserver {

    /** Wants nothing. */
    ModelObserver NONE = new ModelObserver() {
        @Override
        public void on(ModelEvent event) {
        }

        @Override
        public Set<ModelEvent.Kind> wants() {
            return EnumSet.noneOf(ModelEvent.Kind.class);
        }
    };

    void on(ModelEvent event);

    /** The kinds of event to be told of; read once, when the observer is added. Every kind unless overridden. */
    default Set<ModelEvent.Kind> wants() {
        return EnumSet.allOf(ModelEvent.Kind.class);
    }

    /** Everything but the most frequent events (memory, load and queue changes), for observers of lifecycles. */
    static Set<ModelEvent.Kind> lifecycle() {
        return EnumSet.complementOf(EnumSet.of(ModelEvent.Kind.MEMORY_CHANGED, ModelEvent.Kind.LOAD_CHANGED,
                ModelEvent.Kind.QUEUE_CHANGED, ModelEvent.Kind.REGISTRY_LOAD_CHANGED,
                ModelEvent.Kind.INSTANCE_MEMORY_CHANGED));
    }
}
