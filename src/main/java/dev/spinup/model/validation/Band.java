package dev.spinup.model.validation;

/** The values a model figure may take and still count as landing on a published one. */
public record Band(double low, double high) {

    /** The tolerance for a figure quoted as one number ("~0.5 s", "p50 110 ms"): ±10 %. */
    public static final double POINT_TOLERANCE = 0.10;

    public Band {
        if (!(low <= high)) {
            throw new IllegalArgumentException("a band needs low <= high, was " + low + ".." + high);
        }
    }

    /** A figure quoted as one number: within ±10 % of it. */
    public static Band around(double value) {
        return new Band(value * (1 - POINT_TOLERANCE), value * (1 + POINT_TOLERANCE));
    }

    /** A figure quoted as a range: anywhere inside it. */
    public static Band between(double low, double high) {
        return new Band(low, high);
    }

    /** A count worked out by formula: exactly that. */
    public static Band exactly(double value) {
        return new Band(value, value);
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
