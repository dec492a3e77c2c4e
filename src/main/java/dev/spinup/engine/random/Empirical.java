package dev.spinup.engine.random;

import dev.spinup.engine.stats.SampleQuantile;
import java.util.Arrays;

/**
 * The distribution of a set of measured values, sampled by inverse CDF with linear interpolation between the
 * sorted samples: a uniform draw u gives the type-7 quantile at u ({@link SampleQuantile}), so draws cover the
 * whole range [min, max] smoothly rather than repeating the measured values. The samples are copied and kept
 * sorted; equality is over that content. One draw per sample.
 */
public record Empirical(double[] samples) implements Distribution {

    public Empirical {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("an empirical distribution needs at least one sample");
        }
        samples = samples.clone();
        for (double value : samples) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("empirical samples must be finite: " + value);
            }
        }
        Arrays.sort(samples);
    }

    /** A copy of the samples in ascending order. */
    @Override
    public double[] samples() {
        return samples.clone();
    }

    public int size() {
        return samples.length;
    }

    @Override
    public Distribution scaled(double factor) {
        Distribution.requireScale(factor);
        double[] values = samples();
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
        return new Empirical(values);
    }

    @Override
    public double sample(RandomStream stream) {
        return SampleQuantile.of(samples, stream.nextDouble());
    }

    /** The interpolated quantile at p in [0, 1], the same function that sampling inverts. */
    public double percentile(double p) {
        return SampleQuantile.of(samples, p);
    }

    /** The mean of the interpolated distribution: the average of the segment midpoints, not the sample mean. */
    @Override
    public double mean() {
        int n = samples.length;
        if (n == 1) {
            return samples[0];
        }
        double sum = 0;
        for (int i = 0; i + 1 < n; i++) {
            sum += (samples[i] + samples[i + 1]) / 2;
        }
        return sum / (n - 1);
    }

    /** The inverse of sampling: 1 − u where the interpolated quantile at u is {@code x}. */
    @Override
    public double shareAbove(double x) {
        int n = samples.length;
        if (x < samples[0]) {
            return 1;
        }
        if (x >= samples[n - 1]) {
            return 0;
        }
        int i = 0;
        while (samples[i + 1] <= x) {
            i++;
        }
        double u = (i + (x - samples[i]) / (samples[i + 1] - samples[i])) / (n - 1);
        return 1 - u;
    }

    @Override
    public String describe() {
        return "empirical(" + samples.length + " samples, median " + Figures.format(percentile(0.5))
                + ", range " + Figures.format(samples[0]) + " to " + Figures.format(samples[samples.length - 1]) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Empirical that && Arrays.equals(samples, that.samples);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Empirical[" + describe() + "]";
    }
}
