package dev.spinup.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class StudentTProperties {

    @Property
    void cdfOfQuantileGivesBackTheProbability(
            @ForAll @DoubleRange(min = 0.2, max = 500) double df,
            @ForAll @DoubleRange(min = 1e-9, max = 0.5) @Scale(15) double tail) {
        StudentT t = new StudentT(df);
        // The lower tail keeps relative accuracy; the upper one is limited by the rounding of 1 - tail.
        assertEquals(tail, t.cdf(t.quantile(tail)), 1e-10 * tail);
        // 1 - tail is rounded to a multiple of 2⁻⁵³ and the result subtracted from 1 again: allow a few ulps of 1.
        assertEquals(tail, 1 - t.cdf(t.quantile(1 - tail)), 16 * Math.ulp(1.0));
    }

    @Property
    void quantileIsOddAndIncreasing(
            @ForAll @DoubleRange(min = 0.2, max = 500) double df,
            @ForAll @IntRange(min = 1, max = (1 << 19) - 1) int k) {
        // A dyadic p makes 1 - p exact, so any asymmetry is the quantile's, not the test's rounding.
        double p = k / (double) (1 << 20);
        StudentT t = new StudentT(df);
        assertEquals(-t.quantile(p), t.quantile(1 - p), 1e-12 * Math.abs(t.quantile(p)));
        double q = t.quantile(p);
        double next = t.quantile(p + 1e-3);
        if (!(next > q)) {
            throw new AssertionError("quantile not increasing at df=" + df + ", p=" + p + ": " + q + " then " + next);
        }
    }
}
