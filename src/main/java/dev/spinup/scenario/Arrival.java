package dev.spinup.scenario;

import java.time.Duration;
import java.util.Objects;

/** When the workload's instances are asked for, relative to the start of the run. */
public sealed interface Arrival {

    /** Every instance at time zero: a boot storm. */
    record AllAtOnce() implements Arrival {
    }

    /** One instance every {@code interval}. */
    record Staggered(Duration interval) implements Arrival {
        public Staggered {
            requirePositive(interval, "interval");
        }
    }

    /** Instances spread evenly over {@code over}, the first at zero. */
    record Ramp(Duration over) implements Arrival {
        public Ramp {
            requirePositive(over, "ramp duration");
        }
    }

    /** Random arrivals at {@code perSecond} on average (a Poisson process), drawn from the "arrivals" stream. */
    record Poisson(double perSecond) implements Arrival {
        public Poisson {
            if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
                throw new IllegalArgumentException("arrival rate must be positive and finite");
            }
        }
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
