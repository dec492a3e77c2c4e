package dev.spinup.engine.random;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats distribution parameters for {@code describe()}: six significant digits, no trailing zeros. */
final class Figures {

    private static final MathContext SIGNIFICANT = new MathContext(6);

    private Figures() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
