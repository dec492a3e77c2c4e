package dev.spinup.cli;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.lesson.Figures;
import dev.spinup.lesson.LessonTexts;
import dev.spinup.lesson.Narration;
import dev.spinup.lesson.Notice;
import dev.spinup.lesson.Notices;
import dev.spinup.lesson.Quantity;
import dev.spinup.run.ActionOutcome;
import dev.spinup.run.ArmResult;
import dev.spinup.run.ArmSummary;
import dev.spinup.run.ContentionShare;
import dev.spinup.run.Metric;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.LessonInfo;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.text.FigureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The numbers a lecturer quotes, as plain text for the terminal: the table (each cell the same computed figure
 * the texts and charts use, from the run shown), what the typical and the slowest instance of each stack went
 * through, the builds of the timeline, and the lesson's explanation with its figures filled in.
 */
final class SummaryText {

    private static final String[] HEADER = {"stack", "ready", "median start", "p99 start", "all ready",
        "memory each", "held once per host", "waited most on"};

    private SummaryText() {
    }

    /** The summary of {@code result}, a run of {@code file} (whose warnings are among its notices). */
    static String of(ScenarioFile file, RunResult result) {
        LessonInfo lesson = result.scenario().lesson();
        int replications = result.scenario().replications();
        Figures figures = Figures.of(result);
        StringBuilder text = new StringBuilder();
        text.append("Results: seed ").append(result.scenario().seed()).append(", ");
        text.append(replications == 1 ? "one run"
                : "the first of " + replications + " runs; (low–high) is the 95 % confidence interval of the mean"
                        + " over all " + replications);
        text.append("\n\n");
        boolean anyInstances = result.arms().stream().anyMatch(a -> a.summary().requested() > 0);
        if (anyInstances) {
            text.append(table(rows(result, figures)));
            text.append('\n');
            for (ArmResult arm : result.arms()) {
                if (arm.summary().requested() == 0) {
                    continue;
                }
                text.append(arm.stack().label()).append('\n');
                for (String line : Narration.forStack(arm)) {
                    text.append("  ").append(line).append('\n');
                }
            }
        }
        notices(Notices.of(file, result), text);
        ClusterSummary.append(result, figures, text);
        builds(result, text);
        if (!lesson.answer().isBlank()) {
            text.append("\nThe answer, from this run: ").append(LessonTexts.answer(result)).append('\n');
        }
        if (!lesson.notice().isBlank()) {
            text.append("\nWhat happened: ").append(LessonTexts.notice(result)).append('\n');
        }
        return text.toString();
    }

    private static List<String[]> rows(RunResult result, Figures figures) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ArmResult arm : result.arms()) {
            ArmSummary s = arm.summary();
            String id = arm.stack().id();
            String ready = s.refused() > 0
                    ? "fits " + Quantity.count(s.ready()).format() + " of " + Quantity.count(s.requested()).format()
                    : Quantity.count(s.ready()).format() + " of " + Quantity.count(s.requested()).format();
            rows.add(new String[] {arm.stack().label(), ready,
                time(arm, figures.value(id, FigureKind.STARTUP, ""), Metric.STARTUP_P50),
                time(arm, figures.value(id, FigureKind.STARTUP_P99, ""), Metric.STARTUP_P99),
                s.allReadyNanos() < 0 ? (s.ready() == 0 ? "none ready" : "not all")
                        : time(arm, figures.value(id, FigureKind.LAST_READY, ""), Metric.ALL_READY),
                figures.value(id, FigureKind.MEMORY, "").format(),
                heldOnHosts(arm, figures.value(id, FigureKind.SHARED_MEMORY, "")),
                waitedOn(s)});
        }
        return rows;
    }

    /** What the hosts hold once for all instances; on many hosts, the sum says over how many ("643 GiB on 5 000 hosts"). */
    private static String heldOnHosts(ArmResult arm, Quantity held) {
        int hosts = arm.hosts().size();
        return hosts > 1 && held.defined() ? held.format() + " on " + Quantity.count(hosts).format() + " hosts" : held.format();
    }

    /** The shown run's value, and the confidence interval of the mean over replications when there are several. */
    private static String time(ArmResult arm, Quantity shown, Metric metric) {
        if (!shown.defined()) {
            return "-";
        }
        Optional<ConfidenceInterval> ci = arm.interval(metric);
        if (ci.isEmpty() || ci.get().n() < 2 || !Double.isFinite(ci.get().halfWidth())) {
            return shown.format();
        }
        return shown.format() + " (" + SimTime.format(Math.round(ci.get().lower() * SimTime.SECOND)) + "–"
                + SimTime.format(Math.round(ci.get().upper() * SimTime.SECOND)) + ")";
    }

    private static String waitedOn(ArmSummary summary) {
        // a wait that rounds to 0 % of the start-up is not what an instance waited on most
        if (summary.waitedOn().isEmpty() || summary.waitedOn().get(0).shareOfStartup() < 0.005) {
            return "-";
        }
        ContentionShare top = summary.waitedOn().get(0);
        return top.resource() + " (" + String.format(Locale.ROOT, "%.0f %% of start-up", 100 * top.shareOfStartup())
                + ")";
    }

    /** What changes what the numbers mean ({@link Notices}): one line each, the same lines the app shows. */
    private static void notices(List<Notice> notices, StringBuilder text) {
        if (notices.isEmpty()) {
            return;
        }
        text.append("\nNotices (they change what the numbers mean):\n");
        for (Notice notice : notices) {
            text.append("  ").append(notice.text()).append('\n');
        }
    }

    private static void builds(RunResult result, StringBuilder text) {
        for (ArmResult arm : result.arms()) {
            int n = 0;
            for (ActionOutcome action : arm.actions()) {
                if (action instanceof ActionOutcome.Built built) {
                    n++;
                    if (n == 1) {
                        text.append("Builds (").append(arm.stack().label()).append(")\n");
                    }
                    long cached = built.steps().stream().filter(ActionOutcome.BuildStepOutcome::cached).count();
                    text.append(String.format(Locale.ROOT, "  %d. %-28s %9s   %d of %d steps from the cache, %s"
                            + " BuildKit's own work%n", n, built.tag(), SimTime.format(built.totalNanos()), cached,
                            built.steps().size(), SimTime.format(built.buildKitNanos())));
                }
            }
        }
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
