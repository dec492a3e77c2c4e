package dev.spinup.model.validation;

/**
 * The values a model figure may take and still count as landing on a published one.
 *
 * @param range whether the source quotes a range (any value inside is exact) rather than one number
 */
public record Band(double low, double high, boolean range) {

    /** The tolerance for a figure quoted as one number ("~0.5 s", "p50 110 ms"): ±10 %. */
    public static final double POINT_TOLERANCE = 0.10;

    public Band {
        if (!(low <= high)) {
            throw new IllegalArgumentException("a band needs low <= high, was " + low + ".." + high);
        }
    }

    /** A figure quoted as one number: within ±10 % of it. */
    public static Band around(double value) {
        return new Band(value * (1 - POINT_TOLERANCE), value * (1 + POINT_TOLERANCE), false);
    }

    /** A figure quoted as a range: anywhere inside it. */
    public static Band between(double low, double high) {
        return new Band(low, high, true);
    }

    /** A count worked out by formula: exactly that. */
    public static Band exactly(double value) {
        return new Band(value, value, false);
    }

    /**
     * The model's relative error against the published figure: against the number quoted (the band's centre),
     * or, for a range, 0 inside it and the distance to its nearer end outside.
     */
    public double error(double model) {
        if (range) {
            return model < low ? model / low - 1 : model > high ? model / high - 1 : 0;
        }
        double published = (low + high) / 2;
        return published == 0 ? (model == 0 ? 0 : Double.POSITIVE_INFINITY) : model / published - 1;
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
