package dev.spinup.engine.random;

import dev.spinup.engine.stats.StandardNormal;

/**
 * A normal distribution with location {@code mu} and scale {@code sigma}, truncated at zero so that durations
 * are never negative. Values below zero are resampled, not reflected, so the density above zero keeps its
 * normal shape: plain rejection when mu >= 0 (at least half the draws accepted), and Robert's (1995)
 * exponential-proposal rejection when mu < 0, whose acceptance rate stays high however far below zero mu lies.
 * {@link #mean()} is the mean after truncation, which exceeds mu.
 */
public record TruncatedNormal(double mu, double sigma) implements Distribution {

    /** Beyond this standardised cut the Mills-ratio series replaces φ/Φ, which would underflow. */
    private static final double ASYMPTOTIC_CUT = 37.0;

    public TruncatedNormal {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("truncated normal mu must be finite: " + mu);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("truncated normal sigma must be finite and positive: " + sigma);
        }
    }

    @Override
    public Distribution scaled(double factor) {
        Distribution.requireScale(factor);
        return new TruncatedNormal(mu * factor, sigma * factor);
    }

    @Override
    public double sample(RandomStream stream) {
        double cut = standardisedCut();
        if (cut <= 0) {
            while (true) {
                double x = mu + sigma * stream.nextGaussian();
                if (x >= 0) {
                    return x;
                }
            }
        }
        // Robert (1995): propose z = cut + Exp(rate), accept with probability exp(-(z - rate)² / 2).
        double rate = optimalRate(cut);
        while (true) {
            double z = cut - StrictMath.log(stream.nextPositiveDouble()) / rate;
            double d = z - rate;
            if (stream.nextDouble() < StrictMath.exp(-0.5 * d * d)) {
                // mu + sigma * cut may round a hair below zero; the truncation point is zero by definition.
                return Math.max(0.0, mu + sigma * z);
            }
        }
    }

    /** Robert's optimal rate (cut + √(cut² + 4)) / 2, written so that neither tiny nor huge cuts overflow. */
    private static double optimalRate(double cut) {
        return cut < 1
                ? 0.5 * (cut + StrictMath.sqrt(cut * cut + 4))
                : 0.5 * cut * (1 + StrictMath.sqrt(1 + 4 / (cut * cut)));
    }

    /** Where zero lies in standard units of the untruncated normal. */
    private double standardisedCut() {
        return -mu / sigma;
    }

    /** mu + sigma φ(c) / (1 - Φ(c)), c = -mu / sigma, the mean of a normal truncated below at zero. */
    @Override
    public double mean() {
        double cut = standardisedCut();
        if (cut > ASYMPTOTIC_CUT) {
            // φ(c)/Φ(-c) = c + 1/c - 2/c³ + 10/c⁵ - 74/c⁷ + ...; mu + sigma c = 0, so only the excess remains.
            double inverse = 1 / cut;
            double inverse2 = inverse * inverse;
            return sigma * inverse * (1 + inverse2 * (-2 + inverse2 * (10 - 74 * inverse2)));
        }
        return mu + sigma * StandardNormal.density(cut) / StandardNormal.cdf(-cut);
    }

    /** P(X > x | X >= 0) = Φ((mu - x) / sigma) / Φ(mu / sigma). */
    @Override
    public double shareAbove(double x) {
        if (x < 0) {
            return 1;
        }
        double kept = StandardNormal.cdf(mu / sigma);
        // so far below zero that Φ underflows: every draw sits at zero's edge, none above a positive x
        return kept == 0 ? 0 : Math.min(1, StandardNormal.cdf((mu - x) / sigma) / kept);
    }

    @Override
    public String describe() {
        return "normal(mean " + Figures.format(mu) + ", sd " + Figures.format(sigma) + ") truncated at 0";
    }
}
