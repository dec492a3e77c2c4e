package dev.spinup.model.runtime;

/** Receives the model's events as they happen; a run's recorder is one. */
public interface ModelObserver {

    ModelObserver NONE = event -> { };

    void on(ModelEvent event);

    /** False to skip the most frequent events (resource load changes) in runs that only need summaries. */
    default boolean wantsLoadChanges() {
        return true;
    }
}
