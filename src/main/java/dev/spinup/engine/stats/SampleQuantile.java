package dev.spinup.engine.stats;

/**
 * The one definition of a sample percentile used across Spinup: linear interpolation between order statistics,
 * Hyndman and Fan's type 7 (the default of R's {@code quantile} and NumPy's {@code percentile}). For n sorted
 * values x[0..n-1] and a fraction p, h = (n - 1) p and the result is x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋ + 1] - x[⌊h⌋]);
 * p = 0 gives the minimum, p = 1 the maximum, and every result lies between two observed values.
 */
public final class SampleQuantile {

    private SampleQuantile() {
    }

    /** The p-quantile of values already in ascending order; NaN when there are none. */
    public static double of(double[] ascending, double p) {
        return of(ascending, ascending.length, p);
    }

    /** The p-quantile of the first n values of an array whose first n values are in ascending order. */
    static double of(double[] ascending, int n, double p) {
        requireFraction(p);
        if (n < 0 || n > ascending.length) {
            throw new IllegalArgumentException("cannot take " + n + " values of " + ascending.length);
        }
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int below = (int) Math.floor(h);
        if (below >= n - 1) {
            return ascending[n - 1];
        }
        double fraction = h - below;
        return ascending[below] + fraction * (ascending[below + 1] - ascending[below]);
    }

    /** Checks that p is a fraction in [0, 1] (0.99 for the 99th percentile, not 99) and returns it. */
    public static double requireFraction(double p) {
        if (!(p >= 0 && p <= 1)) {
            String hint = p > 1 && p <= 100 ? " (percentiles are fractions: " + p / 100 + ", not " + p + ")" : "";
            throw new IllegalArgumentException("a percentile must be a fraction in [0, 1]: " + p + hint);
        }
        return p;
    }
}
