package dev.spinup.engine.random;

/** Memoryless waiting times with the given mean (arrival gaps, failure times); one draw per sample. */
public record Exponential(double mean) implements Distribution {

    public Exponential {
        if (!(mean > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("an exponential mean must be finite and positive: " + mean);
        }
    }

    @Override
    public Distribution scaled(double factor) {
        Distribution.requireScale(factor);
        return new Exponential(mean * factor);
    }

    @Override
    public double sample(RandomStream stream) {
        // Inverse CDF on a draw in (0, 1]; starting from 0.0 keeps a draw of exactly 1 at +0.0 rather than -0.0.
        return 0.0 - mean * StrictMath.log(stream.nextPositiveDouble());
    }

    @Override
    public double shareAbove(double x) {
        return x <= 0 ? 1 : StrictMath.exp(-x / mean);
    }

    /** The median, mean × ln 2. */
    public double median() {
        return mean * StrictMath.log(2.0);
    }

    @Override
    public String describe() {
        return "exponential(mean " + Figures.format(mean) + ")";
    }
}
