package dev.spinup.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GammaFunctionsTest {

    @Test
    void logGammaMatchesFactorialsAndKnownValues() {
        double logFactorial = 0;
        for (int n = 1; n <= 30; n++) {
            // ln Γ(n) = ln (n - 1)!
            assertEquals(logFactorial, GammaFunctions.logGamma(n), 1e-13 * Math.max(1, logFactorial), "n=" + n);
            logFactorial += Math.log(n);
        }
        assertEquals(0.5 * Math.log(Math.PI), GammaFunctions.logGamma(0.5), 1e-14);
        // Reference values from mpmath at 40 digits.
        assertEquals(2.2527126517342059599, GammaFunctions.logGamma(0.1), 1e-14);
        assertEquals(359.13420536957539878, GammaFunctions.logGamma(100), 1e-12);
        assertEquals(1051287.708973656894900858, GammaFunctions.logGamma(1e5), 1e-9);
    }

    @Test
    void logGammaRejectsNonPositiveArguments() {
        assertThrows(IllegalArgumentException.class, () -> GammaFunctions.logGamma(0));
        assertThrows(IllegalArgumentException.class, () -> GammaFunctions.logGamma(-1.5));
        assertThrows(IllegalArgumentException.class, () -> GammaFunctions.logGamma(Double.NaN));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.3, 1, 2.5, 7, 30})
    void upperIncompleteGammaMatchesClosedFormsForSmallIntegerShapes(double x) {
        double e = Math.exp(-x);
        assertEquals(e, GammaFunctions.regularizedGammaQ(1, x), 1e-14 * Math.max(e, 1e-300) + 1e-300);
        assertEquals((1 + x) * e, GammaFunctions.regularizedGammaQ(2, x), 1e-13 * (1 + x) * e);
        assertEquals((1 + x + x * x / 2) * e, GammaFunctions.regularizedGammaQ(3, x), 1e-13 * (1 + x + x * x) * e);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.1, 0.37, 0.5, 0.8, 0.999})
    void incompleteBetaMatchesClosedForms(double x) {
        assertEquals(x, beta(x, 1, 1), 1e-14);
        assertEquals(Math.pow(x, 3.5), beta(x, 3.5, 1), 1e-13);
        assertEquals(1 - Math.pow(1 - x, 2.5), beta(x, 1, 2.5), 1e-13);
        assertEquals(2 / Math.PI * Math.asin(Math.sqrt(x)), beta(x, 0.5, 0.5), 1e-13);
        // Symmetry I_x(a, b) = 1 - I_{1-x}(b, a).
        assertEquals(1 - beta(1 - x, 0.5, 12), beta(x, 12, 0.5), 1e-13);
    }

    @Test
    void incompleteBetaAtTheEndsOfItsRange() {
        assertEquals(0.0, beta(0, 2, 3));
        assertEquals(1.0, beta(1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> beta(1.5, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> beta(0.5, 0, 3));
    }

    private static double beta(double x, double a, double b) {
        return GammaFunctions.regularizedBeta(x, 1 - x, a, b);
    }
}
