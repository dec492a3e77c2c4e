package dev.spinup.engine.stats;

/**
 * Student's t distribution with the given degrees of freedom (any positive real; +∞ is the standard normal),
 * built on the regularized incomplete beta function; its quantile gives confidence-interval half widths.
 */
public record StudentT(double degreesOfFreedom) {

    private static final int MAX_ITERATIONS = 500;

    public StudentT {
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("Student's t needs positive degrees of freedom: " + degreesOfFreedom);
        }
    }

    /** The density at t. */
    public double density(double t) {
        if (Double.isInfinite(degreesOfFreedom)) {
            return StandardNormal.density(t);
        }
        double v = degreesOfFreedom;
        double logDensity = GammaFunctions.logGamma((v + 1) / 2) - GammaFunctions.logGamma(v / 2)
                - 0.5 * StrictMath.log(v * Math.PI) - (v + 1) / 2 * StrictMath.log1p(t * t / v);
        return StrictMath.exp(logDensity);
    }

    /** P(T <= t). */
    public double cdf(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("Student's t CDF of NaN");
        }
        if (Double.isInfinite(degreesOfFreedom)) {
            return StandardNormal.cdf(t);
        }
        double tail = upperTail(Math.abs(t));
        return t < 0 ? tail : 1.0 - tail;
    }

    /** P(T > t) for t >= 0, computed directly so that it keeps its relative accuracy far into the tail. */
    private double upperTail(double t) {
        if (t == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double v = degreesOfFreedom;
        double t2 = t * t;
        return 0.5 * GammaFunctions.regularizedBeta(v / (v + t2), t2 / (v + t2), v / 2, 0.5);
    }

    /** The p-quantile, the t with P(T <= t) = p, for p in [0, 1]: -∞ at 0, +∞ at 1. */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must lie in [0, 1]: " + p);
        }
        if (Double.isInfinite(degreesOfFreedom)) {
            return StandardNormal.quantile(p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (p == 0.5) {
            return 0.0;
        }
        // Symmetric: solve for the upper-tail probability, which 1 - p gives exactly when p > 0.5.
        return p > 0.5 ? quantileOfUpperTail(1.0 - p) : -quantileOfUpperTail(p);
    }

    /** The t > 0 with P(T > t) = tail, for 0 < tail < 0.5: Newton's method kept inside a shrinking bracket. */
    private double quantileOfUpperTail(double tail) {
        double lo = 0;
        double hi = 1;
        while (upperTail(hi) > tail) {
            lo = hi;
            hi *= 2;
            if (Double.isInfinite(hi)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double t = Math.min(Math.max(-StandardNormal.quantile(tail), lo), hi);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double excess = upperTail(t) - tail;
            if (excess == 0) {
                return t;
            }
            if (excess > 0) {
                lo = t;
            } else {
                hi = t;
            }
            double next = t + excess / density(t);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - t) <= 1e-15 * next || hi - lo <= 1e-15 * hi) {
                return next;
            }
            t = next;
        }
        return t;
    }
}
