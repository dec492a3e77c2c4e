package dev.spinup.model;

import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.RandomStream;
import java.util.Objects;

/**
 * A quantity drawn from a distribution and held within {@code [least, most]}: a rate or an IOPS figure whose
 * normal or lognormal tail must not reach zero (a disk at a few bytes per second would stall its host for days).
 */
public record VaryingQuantity(Distribution distribution, double least, double most) {

    public VaryingQuantity {
        Objects.requireNonNull(distribution, "distribution");
        if (!(least > 0) || !(most >= least) || Double.isInfinite(most)) {
            throw new IllegalArgumentException("a varying quantity needs 0 < least <= most < infinity, was ["
                    + least + ", " + most + "]");
        }
    }

    /** One draw from {@code stream}, held within the bounds. */
    public double draw(RandomStream stream) {
        return Math.min(most, Math.max(least, distribution.sample(stream)));
    }

    /** The distribution's mean within the bounds: the nominal value a fixed figure would have. */
    public double nominal() {
        return Math.min(most, Math.max(least, distribution.mean()));
    }
}
