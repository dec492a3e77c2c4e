package dev.spinup.engine.random;

/** A quantity that never varies; sampling it consumes no draws from the stream. */
public record Constant(double value) implements Distribution {

    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a constant must be finite: " + value);
        }
    }

    @Override
    public Distribution scaled(double factor) {
        Distribution.requireScale(factor);
        return new Constant(value * factor);
    }

    @Override
    public double sample(RandomStream stream) {
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double shareAbove(double x) {
        return value > x ? 1 : 0;
    }

    @Override
    public String describe() {
        return "constant(" + Figures.format(value) + ")";
    }
}
