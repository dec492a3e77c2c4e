package dev.spinup.model.stack;

/** The state of a new cloud VM's root volume when it first boots: what {@code cache} means for a cloud VM. */
public enum RootVolume {
    /** Made from the machine image's snapshot and filled in lazily: each first read fetches its blocks (cold). */
    LAZY_FROM_SNAPSHOT("hydrated lazily from its snapshot as the first boot reads it"),
    /** Already filled in (a fast snapshot restore, or a volume initialised ahead): reads go at disk speed (warm). */
    INITIALIZED("already initialised, so the first boot reads at disk speed");

    private final String description;

    RootVolume(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
