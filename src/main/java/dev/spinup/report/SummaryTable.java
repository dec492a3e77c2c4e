package dev.spinup.report;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.report.export.CsvTable;
import dev.spinup.run.ArmResult;
import dev.spinup.run.Metric;
import dev.spinup.run.RunResult;
import java.util.Optional;

/**
 * The figures of a run as a tidy table: one row per stack and metric, with the mean over the replications, its
 * 95 % confidence interval (empty with one replication, whose spread is unknown) and how many replications
 * defined it (0 when none did, e.g. time until all are ready when some never were). Waits for a start slot are
 * rows only in scenarios that limit starts in flight.
 */
public final class SummaryTable {

    public static final String FILE_NAME = "summary";

    private SummaryTable() {
    }

    public static CsvTable of(RunResult result) {
        CsvTable.Builder csv = CsvTable.builder("stack_id", "stack", "metric", "label", "unit", "mean", "ci_low",
                "ci_high", "n");
        for (ArmResult arm : result.arms()) {
            for (Metric metric : Metric.reportedFor(result.scenario())) {
                Optional<ConfidenceInterval> ci = arm.interval(metric);
                Optional<ConfidenceInterval> bounded = ci.filter(c -> Double.isFinite(c.halfWidth()));
                csv.row(arm.stack().id(), arm.stack().label(), metric.key(), metric.label(), metric.unit().symbol(),
                        ci.map(ConfidenceInterval::mean), bounded.map(ConfidenceInterval::lower),
                        bounded.map(ConfidenceInterval::upper), ci.map(ConfidenceInterval::n).orElse(0));
            }
        }
        return csv.build();
    }
}
