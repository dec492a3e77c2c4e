package dev.spinup.engine.random;

/** Every value in [min, max] equally likely; one draw per sample. */
public record Uniform(double min, double max) implements Distribution {

    public Uniform {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("uniform bounds must be finite: min=" + min + ", max=" + max);
        }
        if (min > max) {
            throw new IllegalArgumentException("uniform min must not exceed max: min=" + min + ", max=" + max);
        }
        if (!Double.isFinite(max - min)) {
            throw new IllegalArgumentException("uniform range is too wide to represent: min=" + min + ", max=" + max);
        }
    }

    @Override
    public Distribution scaled(double factor) {
        Distribution.requireScale(factor);
        return new Uniform(min * factor, max * factor);
    }

    @Override
    public double sample(RandomStream stream) {
        // Rounding can land exactly on max when the draw is just below 1; the cap keeps the result in range.
        return Math.min(max, min + (max - min) * stream.nextDouble());
    }

    @Override
    public double mean() {
        return min + (max - min) / 2;
    }

    @Override
    public double shareAbove(double x) {
        if (x < min) {
            return 1;
        }
        return x >= max ? 0 : (max - x) / (max - min);
    }

    @Override
    public String describe() {
        return "uniform(" + Figures.format(min) + " to " + Figures.format(max) + ")";
    }
}
