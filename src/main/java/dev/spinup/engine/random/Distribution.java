package dev.spinup.engine.random;

/** A probability distribution of a duration, size or other quantity, sampled from a named random stream. */
public sealed interface Distribution permits Constant, Uniform, TruncatedNormal, LogNormal, Exponential, Empirical {

    /** One value drawn using {@code stream}; the number of draws consumed depends on the distribution. */
    double sample(RandomStream stream);

    /** The distribution's mean (NaN where it is undefined). */
    double mean();

    /**
     * The share of draws above {@code x}, 1 − CDF(x): how often a value exceeds a limit (a guest OS larger than
     * what its RAM leaves), computed from the shape rather than by sampling.
     */
    double shareAbove(double x);

    /** The same shape with every value multiplied by {@code factor} (> 0): a unit change, or a retimed phase. */
    Distribution scaled(double factor);

    /** A short human form such as {@code "lognormal(median 110, p99 115)"}. */
    String describe();

    /** Rejects scale factors that would not keep the distribution meaningful. */
    static void requireScale(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a scale factor must be positive and finite, was " + factor);
        }
    }
}
