package dev.spinup.engine.random;

import dev.spinup.engine.stats.SampleQuantile;
import dev.spinup.engine.stats.StandardNormal;

/**
 * A quantity whose logarithm is normal with mean {@code mu} and standard deviation {@code sigma}: the usual
 * shape of boot and start-up times, which are positive and right-skewed. Published measurements give a median
 * and a 99th percentile; {@link #fromMedianAndP99} turns those into mu and sigma. Two draws per sample.
 */
public record LogNormal(double mu, double sigma) implements Distribution {

    /** z_0.99, the standard normal's 99th percentile. */
    private static final double Z_99 = 2.3263478740408408;

    public LogNormal {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("lognormal mu must be finite: " + mu);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("lognormal sigma must be finite and positive: " + sigma);
        }
    }

    /** The lognormal with this median and 99th percentile: mu = ln median, sigma = ln(p99 / median) / z_0.99. */
    public static LogNormal fromMedianAndP99(double median, double p99) {
        if (!(median > 0) || !Double.isFinite(median)) {
            throw new IllegalArgumentException("a lognormal median must be finite and positive: " + median);
        }
        if (!(p99 > median) || !Double.isFinite(p99)) {
            throw new IllegalArgumentException(
                    "a lognormal p99 must be finite and above the median: median=" + median + ", p99=" + p99);
        }
        return new LogNormal(StrictMath.log(median), StrictMath.log(p99 / median) / Z_99);
    }

    @Override
    public Distribution scaled(double factor) {
        Distribution.requireScale(factor);
        return new LogNormal(mu + StrictMath.log(factor), sigma);
    }

    @Override
    public double sample(RandomStream stream) {
        return StrictMath.exp(mu + sigma * stream.nextGaussian());
    }

    @Override
    public double mean() {
        return StrictMath.exp(mu + sigma * sigma / 2);
    }

    public double median() {
        return StrictMath.exp(mu);
    }

    /** The value below which a fraction p of the distribution lies, p in [0, 1] (0.99 for p99). */
    public double percentile(double p) {
        SampleQuantile.requireFraction(p);
        return StrictMath.exp(mu + sigma * StandardNormal.quantile(p));
    }

    @Override
    public double shareAbove(double x) {
        // Φ(-z) rather than 1 - Φ(z) keeps the far tail's relative accuracy
        return x <= 0 ? 1 : StandardNormal.cdf(-(StrictMath.log(x) - mu) / sigma);
    }

    @Override
    public String describe() {
        return "lognormal(median " + Figures.format(median()) + ", p99 " + Figures.format(percentile(0.99)) + ")";
    }
}
