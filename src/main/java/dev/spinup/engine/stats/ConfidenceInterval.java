package dev.spinup.engine.stats;

/**
 * A confidence interval mean ± halfWidth for a quantity estimated from n independent replications, at the
 * given confidence level (0.95 for 95 %). With one replication the spread is unknown, so the half width is
 * +∞ (the interval is the whole line) rather than NaN, which would silently poison arithmetic downstream.
 */
public record ConfidenceInterval(double mean, double halfWidth, double level, int n) {

    public ConfidenceInterval {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("a confidence interval needs a finite mean: " + mean);
        }
        if (!(halfWidth >= 0)) {
            throw new IllegalArgumentException("a half width must be >= 0 (or +∞): " + halfWidth);
        }
        requireLevel(level);
        if (n < 1) {
            throw new IllegalArgumentException("a confidence interval needs at least one replication: " + n);
        }
    }

    /**
     * The Student's t interval over the means of independent replications: mean ± t_{(1+level)/2, n-1} s / √n,
     * s the sample standard deviation. One replication gives an infinite half width.
     */
    public static ConfidenceInterval of(double[] replicationMeans, double level) {
        requireLevel(level);
        if (replicationMeans.length == 0) {
            throw new IllegalArgumentException("a confidence interval needs at least one replication mean");
        }
        Tally tally = new Tally();
        for (double value : replicationMeans) {
            tally.add(value);
        }
        int n = tally.count();
        if (n == 1) {
            return new ConfidenceInterval(tally.mean(), Double.POSITIVE_INFINITY, level, 1);
        }
        double t = new StudentT(n - 1).quantile((1 + level) / 2);
        return new ConfidenceInterval(tally.mean(), t * tally.stdDev() / StrictMath.sqrt(n), level, n);
    }

    private static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level is a fraction in (0, 1), e.g. 0.95: " + level);
        }
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    /** Whether x lies in the closed interval [lower, upper]. */
    public boolean contains(double x) {
        return x >= lower() && x <= upper();
    }
}
