package dev.spinup.engine;

/** Order among events at the same instant: lower ordinal fires first; ties then go by insertion order. */
public enum Priority {
    /** Bookkeeping that must see the instant before anything else acts on it (e.g. a resource handing over). */
    URGENT,
    NORMAL,
    /** Observations taken after everything else at this instant (e.g. samples). */
    LATE
}
