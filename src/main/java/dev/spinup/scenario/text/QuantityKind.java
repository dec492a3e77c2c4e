package dev.spinup.scenario.text;

/** What kind of number a figure is, which decides its unit and rounding when a text shows it. */
public enum QuantityKind {
    /** Nanoseconds, shown as "850 ms", "15.8 s", "1 min 6 s". */
    DURATION,
    /** Bytes, shown in binary units: "494 MiB", "1.2 GiB". */
    SIZE,
    /** Whole things: instances, layers, cores. */
    COUNT,
    /** A plain factor: "30" as in "30 times". */
    RATIO,
    /** A share or a change, stored as a fraction and shown as "75 %". */
    PERCENT
}
