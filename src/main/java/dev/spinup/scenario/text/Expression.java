package dev.spinup.scenario.text;

/**
 * What one placeholder computes: a figure, or two figures set against each other. Written inside braces:
 * {@code {vm.startup}}, {@code {vm.startup / container.startup}} (a factor), {@code {vm.phase.init / vm.startup %}}
 * (a share), {@code {vm.startup - container.startup}} (a difference) and {@code {vbox.startup vs kvm.startup}}
 * (how much larger, in per cent).
 */
public sealed interface Expression {

    /** The kind of number the placeholder shows. */
    QuantityKind quantity();

    /** One figure as it is. */
    record Single(Figure figure) implements Expression {
        @Override
        public QuantityKind quantity() {
            return figure.kind().quantity();
        }

        @Override
        public String toString() {
            return figure.name();
        }
    }

    /** {@code a / b}: how many times {@code b} fits in {@code a}; with {@code percent}, as a share. */
    record Ratio(Figure numerator, Figure denominator, boolean percent) implements Expression {
        @Override
        public QuantityKind quantity() {
            return percent ? QuantityKind.PERCENT : QuantityKind.RATIO;
        }

        @Override
        public String toString() {
            return numerator + " / " + denominator + (percent ? " %" : "");
        }
    }

    /** {@code a - b}, in their common unit. */
    record Difference(Figure minuend, Figure subtrahend) implements Expression {
        @Override
        public QuantityKind quantity() {
            return minuend.kind().quantity();
        }

        @Override
        public String toString() {
            return minuend + " - " + subtrahend;
        }
    }

    /** {@code a vs b}: how much larger {@code a} is than {@code b}, as a fraction ({@code a / b - 1}). */
    record Change(Figure value, Figure baseline) implements Expression {
        @Override
        public QuantityKind quantity() {
            return QuantityKind.PERCENT;
        }

        @Override
        public String toString() {
            return value + " vs " + baseline;
        }
    }
}
