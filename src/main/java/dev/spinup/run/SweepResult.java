package dev.spinup.run;

import dev.spinup.engine.stats.ConfidenceInterval;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter sweep: for each value of the parameter, each stack's metrics with 95 % confidence intervals over
 * the replications. The stack labels are the lesson's, with the lesson's value of the swept quantity, where a
 * label names it, replaced by the range swept ({@link SweptQuantity#label}).
 */
public record SweepResult(SweptQuantity quantity, SweepRange range, List<String> stackIds, List<String> stackLabels,
                          List<Point> points) {

    public SweepResult {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(range, "range");
        stackIds = List.copyOf(stackIds);
        stackLabels = List.copyOf(stackLabels);
        points = List.copyOf(points);
    }

    /** The path swept, as given ({@code workload.instances}). */
    public String parameter() {
        return quantity.path();
    }

    /** One value of the parameter and, per stack (in stackIds order), its metrics. */
    public record Point(SweepRange.SweepValue value, List<Map<Metric, ConfidenceInterval>> byStack) {
        public Point {
            Objects.requireNonNull(value, "value");
            byStack = byStack.stream().map(Map::copyOf).toList();
        }
    }
}
