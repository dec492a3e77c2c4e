package dev.spinup.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    @ParameterizedTest(name = "t(0.975, df {0}) = {1}")
    @CsvSource({"1, 12.706", "2, 4.303", "5, 2.571", "10, 2.228", "30, 2.042", "1000, 1.962"})
    void twoSidedFivePercentQuantilesMatchPrintedTables(double df, double table) {
        // Printed tables round to three decimals.
        assertEquals(table, new StudentT(df).quantile(0.975), 0.0005);
    }

    /** Reference values from SciPy 1.17 (scipy.stats.t.ppf), including non-integer df and far tails. */
    @ParameterizedTest
    @CsvSource({
        "1, 0.975, 12.706204736174694",
        "2, 0.975, 4.302652729749462",
        "5, 0.975, 2.5705818356363146",
        "10, 0.975, 2.228138851986274",
        "30, 0.975, 2.0422724563012378",
        "1000, 0.975, 1.9623390808264083",
        "10000, 0.975, 1.960201239890626",
        "4, 0.975, 2.7764451051977934",
        "3.5, 0.975, 2.9400886379827282",
        "0.5, 0.975, 164.55767348048818",
        "1, 0.9999999999, 3183098598.467148",
        "10, 0.9999999999, 25.466007808016013",
        "0.5, 0.9999999999, 1.028490986120881e+19",
        "4, 1e-12, -1316.0727465592565"
    })
    void quantilesMatchReferenceValues(double df, double p, double expected) {
        assertEquals(expected, new StudentT(df).quantile(p), 1e-10 * Math.abs(expected));
    }

    @Test
    void quantilesMatchClosedFormsForOneAndTwoDegreesOfFreedom() {
        StudentT cauchy = new StudentT(1);
        StudentT two = new StudentT(2);
        for (double p = 0.0005; p < 1; p += 0.0137) {
            assertEquals(Math.tan(Math.PI * (p - 0.5)), cauchy.quantile(p), 1e-11 * Math.max(1, Math.abs(cauchy.quantile(p))));
            double closedForm = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
            assertEquals(closedForm, two.quantile(p), 1e-11 * Math.max(1, Math.abs(closedForm)));
        }
    }

    @Test
    void cdfMatchesClosedFormsAndReferenceValues() {
        for (double t = -50; t <= 50; t += 0.73) {
            assertEquals(0.5 + Math.atan(t) / Math.PI, new StudentT(1).cdf(t), 1e-13);
            assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), new StudentT(2).cdf(t), 1e-13);
            double s = t / Math.sqrt(3);
            double three = 0.5 + (s / (1 + s * s) + Math.atan(s)) / Math.PI;
            assertEquals(three, new StudentT(3).cdf(t), 1e-13);
        }
        assertEquals(0.009971063065996268, new StudentT(7).cdf(-3), 1e-14);
        assertEquals(0.7995147354733534, new StudentT(0.5).cdf(2.5), 1e-13);
        assertEquals(1.7190340394579253e-05, new StudentT(3).cdf(-40), 1e-17);
    }

    @Test
    void largeDegreesOfFreedomFollowTheCornishFisherExpansion() {
        double z = StandardNormal.quantile(0.975);
        for (double df : new double[] {1e4, 1e5}) {
            double expansion = z + (z * z * z + z) / (4 * df)
                    + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * df * df);
            assertEquals(expansion, new StudentT(df).quantile(0.975), 1e-9);
        }
        assertEquals(z, new StudentT(Double.POSITIVE_INFINITY).quantile(0.975));
    }

    @Test
    void densityIntegratesToTheCdf() {
        StudentT t = new StudentT(6);
        int steps = 3000;
        double step = 3.0 / steps;
        double integral = 0;
        for (int i = 0; i < steps; i++) {
            double x = -1 + i * step;
            integral += step * (t.density(x) + 4 * t.density(x + step / 2) + t.density(x + step)) / 6;
        }
        assertEquals(t.cdf(2) - t.cdf(-1), integral, 1e-9);
    }

    @Test
    void edgesAndInvalidArguments() {
        StudentT t = new StudentT(3);
        assertEquals(0.0, t.quantile(0.5));
        assertEquals(Double.NEGATIVE_INFINITY, t.quantile(0));
        assertEquals(Double.POSITIVE_INFINITY, t.quantile(1));
        assertEquals(0.5, t.cdf(0));
        assertThrows(IllegalArgumentException.class, () -> new StudentT(0));
        assertThrows(IllegalArgumentException.class, () -> new StudentT(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> t.quantile(1.5));
        assertThrows(IllegalArgumentException.class, () -> t.cdf(Double.NaN));
    }
}
