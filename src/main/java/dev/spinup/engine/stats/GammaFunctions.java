package dev.spinup.engine.stats;

/** The gamma-family special functions (log-gamma, regularized incomplete gamma and beta) under the normal and t. */
final class GammaFunctions {

    /** Relative accuracy at which the series and continued fractions stop: one unit in the last place of 1.0. */
    private static final double EPSILON = Math.ulp(1.0);
    /** Stand-in for zero in Lentz's method, where a zero denominator would otherwise divide. */
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 10_000;

    private static final double HALF_LOG_TWO_PI = 0.91893853320467274178;
    /** Lanczos approximation, g = 7, n = 9: about 15 significant digits for x >= 0.5. */
    private static final double LANCZOS_G = 7.0;
    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private GammaFunctions() {
    }

    /** ln Γ(x) for x > 0. */
    static double logGamma(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("log-gamma needs a finite positive argument: " + x);
        }
        if (x < 0.5) {
            // Γ(x) = Γ(x + 1) / x keeps the Lanczos sum in the range where it is accurate.
            return logGamma(x + 1) - StrictMath.log(x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * StrictMath.log(t) - t + StrictMath.log(sum);
    }

    /** Q(a, x) = Γ(a, x) / Γ(a), the upper regularized incomplete gamma function, for a > 0 and x >= 0. */
    static double regularizedGammaQ(double a, double x) {
        if (!(a > 0) || !(x >= 0)) {
            throw new IllegalArgumentException("incomplete gamma needs a > 0 and x >= 0: a=" + a + ", x=" + x);
        }
        if (x == 0) {
            return 1.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        // The series converges fast below a + 1, the continued fraction above it (Numerical Recipes, 6.2).
        return x < a + 1 ? 1.0 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
    }

    private static double gammaSeries(double a, double x) {
        double term = 1.0 / a;
        double sum = term;
        double ap = a;
        for (int n = 0; n < MAX_ITERATIONS; n++) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * StrictMath.exp(-x + a * StrictMath.log(x) - logGamma(a));
    }

    private static double gammaContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = nonZero(an * d + b);
            c = nonZero(b + an / c);
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return StrictMath.exp(-x + a * StrictMath.log(x) - logGamma(a)) * h;
    }

    /**
     * I_x(a, b), the regularized incomplete beta function, for a, b > 0; {@code oneMinusX} is 1 - x passed
     * separately so that callers who know it exactly (x close to 1) do not lose digits to the subtraction.
     */
    static double regularizedBeta(double x, double oneMinusX, double a, double b) {
        if (!(a > 0) || !(b > 0)) {
            throw new IllegalArgumentException("incomplete beta needs a, b > 0: a=" + a + ", b=" + b);
        }
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("incomplete beta needs 0 <= x <= 1: " + x);
        }
        if (x == 0) {
            return 0.0;
        }
        if (oneMinusX <= 0) {
            return 1.0;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b)
                + a * StrictMath.log(x) + b * StrictMath.log(oneMinusX);
        double front = StrictMath.exp(logFront);
        // The continued fraction converges fast for x below (a + 1) / (a + b + 2); use the symmetry above it.
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1.0 - front * betaContinuedFraction(oneMinusX, b, a) / b;
    }

    /** Lentz's evaluation of the continued fraction for I_x(a, b) (Numerical Recipes, 6.4). */
    private static double betaContinuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 / nonZero(1 - qab * x / qap);
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
