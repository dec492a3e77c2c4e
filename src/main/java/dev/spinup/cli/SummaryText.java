package dev.spinup.cli;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.model.DataSize;
import dev.spinup.run.ArmResult;
import dev.spinup.run.ArmSummary;
import dev.spinup.run.ContentionShare;
import dev.spinup.run.Metric;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.LessonInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The numbers a lecturer quotes, as a plain-text table for the terminal. */
final class SummaryText {

    private static final String[] HEADER = {"stack", "ready", "median start", "p99 start", "all ready",
        "per host", "memory/instance", "waited most on"};

    private SummaryText() {
    }

    static String of(RunResult result) {
        LessonInfo lesson = result.scenario().lesson();
        int replications = result.scenario().replications();
        StringBuilder text = new StringBuilder();
        text.append(lesson.title()).append('\n');
        text.append("seed ").append(result.scenario().seed()).append(", ").append(replications)
                .append(replications == 1 ? " replication" : " replications (± is a 95 % confidence interval)")
                .append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ArmResult arm : result.arms()) {
            ArmSummary s = arm.summary();
            rows.add(new String[] {arm.stack().label(), s.ready() + "/" + s.requested(),
                time(arm, Metric.STARTUP_P50), time(arm, Metric.STARTUP_P99), time(arm, Metric.ALL_READY),
                count(arm, Metric.INSTANCES_PER_HOST),
                s.memoryPerInstance().isEmpty() ? "-" : DataSize.ofBytes(Math.round(s.memoryPerInstanceBytes()))
                        .toString(),
                waitedOn(s)});
        }
        text.append(table(rows));
        if (!lesson.notice().isBlank()) {
            text.append("\nWhat to notice: ").append(lesson.notice()).append('\n');
        }
        return text.toString();
    }

    private static String time(ArmResult arm, Metric metric) {
        Optional<ConfidenceInterval> ci = arm.interval(metric);
        if (ci.isEmpty()) {
            return "-";
        }
        String mean = SimTime.format(Math.round(ci.get().mean() * SimTime.SECOND));
        if (ci.get().n() < 2 || !Double.isFinite(ci.get().halfWidth())) {
            return mean;
        }
        return mean + " ±" + SimTime.format(Math.round(ci.get().halfWidth() * SimTime.SECOND));
    }

    private static String count(ArmResult arm, Metric metric) {
        return arm.interval(metric).map(ci -> String.format(Locale.ROOT, "%.0f", ci.mean())).orElse("-");
    }

    private static String waitedOn(ArmSummary summary) {
        if (summary.waitedOn().isEmpty()) {
            return "-";
        }
        ContentionShare top = summary.waitedOn().get(0);
        return top.resource() + " (" + String.format(Locale.ROOT, "%.0f %%", 100 * top.shareOfStartup()) + ")";
    }

    private static String table(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(row[i]);
                if (i < row.length - 1) {
                    out.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
