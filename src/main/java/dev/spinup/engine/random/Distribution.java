package dev.spinup.engine.random;

/** A probability distribution of a duration, size or other quantity, sampled from a named random stream. */
public sealed interface Distribution permits Constant, Uniform, TruncatedNormal, LogNormal, Exponential, Empirical {

    /** One value drawn using {@code stream}; the number of draws consumed depends on the distribution. */
    double sample(RandomStream stream);

    /** The distribution's mean (NaN where it is undefined). */
    double mean();

    /** A short human form such as {@code "lognormal(median 110, p99 115)"}. */
    String describe();
}
