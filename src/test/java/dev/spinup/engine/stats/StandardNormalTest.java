package dev.spinup.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values computed with mpmath at 40 digits. */
class StandardNormalTest {

    @ParameterizedTest
    @CsvSource({
        "1, 0.84134474606854294859",
        "-1.96, 0.024997895148220434137",
        "3, 0.99865010196836990547",
        "0.3, 0.61791142218895263731",
        "-5, 2.8665157187919391167e-7",
        "-10, 7.619853024160526066e-24",
        "-37, 5.7255712225245768227e-300"
    })
    void cdfMatchesReferenceValuesIncludingFarTail(double x, double expected) {
        assertEquals(expected, StandardNormal.cdf(x), 1e-13 * expected);
    }

    @Test
    void cdfIsExactlyHalfAtZeroAndSaturatesAtInfinity() {
        assertEquals(0.5, StandardNormal.cdf(0));
        assertEquals(0.0, StandardNormal.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, StandardNormal.cdf(Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest
    @CsvSource({
        "0.975, 1.9599639845400542355",
        "0.99, 2.3263478740408411009",
        "0.75, 0.6744897501960817432",
        "1e-10, -6.3613409024040562047",
        "1e-300, -37.047096299361199237"
    })
    void quantileMatchesReferenceValues(double p, double expected) {
        assertEquals(expected, StandardNormal.quantile(p), 1e-14 * Math.abs(expected));
    }

    @Test
    void quantileIsOddAroundOneHalfAndInfiniteAtTheEnds() {
        for (double p = 0.001; p < 0.5; p += 0.0173) {
            assertEquals(-StandardNormal.quantile(p), StandardNormal.quantile(1 - p), 1e-13);
        }
        assertEquals(0.0, StandardNormal.quantile(0.5));
        assertEquals(Double.NEGATIVE_INFINITY, StandardNormal.quantile(0));
        assertEquals(Double.POSITIVE_INFINITY, StandardNormal.quantile(1));
    }

    @Test
    void quantileInvertsCdf() {
        // Up to zero only: above it Φ(x) rounds near 1, and no inverse can recover digits the CDF dropped.
        for (double x = -30; x <= 0; x += 0.37) {
            assertEquals(x, StandardNormal.quantile(StandardNormal.cdf(x)), 1e-12 * Math.max(1, Math.abs(x)), "x=" + x);
        }
    }

    @Test
    void densityIsTheGaussianBell() {
        assertEquals(1 / Math.sqrt(2 * Math.PI), StandardNormal.density(0), 1e-16);
        assertEquals(0.0044318484119380075, StandardNormal.density(3), 1e-17);
        assertEquals(StandardNormal.density(-1.3), StandardNormal.density(1.3));
    }

    @Test
    void rejectsProbabilitiesOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(1.01));
        assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(-0.1));
        assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> StandardNormal.cdf(Double.NaN));
    }
}
