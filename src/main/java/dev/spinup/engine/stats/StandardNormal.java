package dev.spinup.engine.stats;

/** The standard normal distribution's density, CDF and quantile (inverse CDF), accurate to about 1e-14. */
public final class StandardNormal {

    private static final double INVERSE_SQRT_TWO_PI = 0.39894228040143267794;
    private static final int MAX_REFINEMENTS = 50;

    private StandardNormal() {
    }

    /** φ(x), the density. */
    public static double density(double x) {
        return INVERSE_SQRT_TWO_PI * StrictMath.exp(-0.5 * x * x);
    }

    /** Φ(x) = P(Z <= x); accurate in relative terms far into the lower tail (Φ(-37) ≈ 5.7e-300). */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("normal CDF of NaN");
        }
        // erfc(y) = Q(1/2, y²); evaluating the tail directly rather than as 1 - Φ keeps its relative accuracy.
        double tail = 0.5 * GammaFunctions.regularizedGammaQ(0.5, 0.5 * x * x);
        return x < 0 ? tail : 1.0 - tail;
    }

    /** Φ⁻¹(p) for p in [0, 1]: -∞ at 0, +∞ at 1. */
    public static double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must lie in [0, 1]: " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        // 1 - p is exact for p >= 0.5, so the upper half reuses the accurate lower-tail solution.
        return p > 0.5 ? -lowerHalfQuantile(1.0 - p) : lowerHalfQuantile(p);
    }

    private static double lowerHalfQuantile(double p) {
        if (p == 0.5) {
            return 0.0;
        }
        // Abramowitz & Stegun 26.2.23 (error below 4.5e-4) as the start, then Halley's method on Φ(x) - p.
        double t = StrictMath.sqrt(-2.0 * StrictMath.log(p));
        double x = -(t - (2.515517 + t * (0.802853 + t * 0.010328))
                / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))));
        for (int i = 0; i < MAX_REFINEMENTS; i++) {
            double density = density(x);
            if (density == 0) {
                break;
            }
            double u = (cdf(x) - p) / density;
            double step = u / (1 + 0.5 * x * u);
            x -= step;
            if (Math.abs(step) <= 1e-15 * Math.abs(x)) {
                break;
            }
        }
        return x;
    }
}
