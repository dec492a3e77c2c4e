package dev.spinup.run;

import dev.spinup.engine.stats.ConfidenceInterval;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter sweep: for each value of the parameter, each stack's metrics with 95 % confidence intervals over
 * the replications.
 */
public record SweepResult(String parameter, List<String> stackIds, List<String> stackLabels, List<Point> points) {

    public SweepResult {
        Objects.requireNonNull(parameter, "parameter");
        stackIds = List.copyOf(stackIds);
        stackLabels = List.copyOf(stackLabels);
        points = List.copyOf(points);
    }

    /** One value of the parameter and, per stack (in stackIds order), its metrics. */
    public record Point(SweepRange.SweepValue value, List<Map<Metric, ConfidenceInterval>> byStack) {
        public Point {
            Objects.requireNonNull(value, "value");
            byStack = byStack.stream().map(Map::copyOf).toList();
        }
    }
}
