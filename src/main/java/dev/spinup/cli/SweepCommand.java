package dev.spinup.cli;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.lesson.Quantity;
import dev.spinup.report.ReportFormat;
import dev.spinup.report.ReportOptions;
import dev.spinup.report.ReportWriter;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.Charts;
import dev.spinup.report.export.ExportSize;
import dev.spinup.run.Metric;
import dev.spinup.run.RunOptions;
import dev.spinup.run.Sweep;
import dev.spinup.run.SweepRange;
import dev.spinup.run.SweepResult;
import dev.spinup.run.SweptQuantity;
import dev.spinup.run.task.ProcessTaskExecutor;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.WorkBudget;
import dev.spinup.scenario.json.ScenarioFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spinup sweep}: vary one value of a scenario over a range and chart how every stack responds. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Vary one value over a range, e.g. --vary workload.instances=1..500, and chart a metric.")
final class SweepCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A built-in lesson or a scenario file.")
    String scenario;

    @Option(names = "--vary", required = true, paramLabel = "PATH=FROM..TO",
            description = "The value to vary and its range, e.g. workload.instances=1..500 or"
                    + " \"stacks[0].memory=128 MiB..8 GiB\".")
    String vary;

    @Option(names = "--steps", paramLabel = "N", description = "How many values, 2 to " + SweepRange.MAX_STEPS + " (default: 10).")
    int steps = 10;

    @Option(names = "--geometric", description = "Space the values geometrically instead of evenly.")
    boolean geometric;

    @Option(names = "--metric", split = ",", paramLabel = "METRIC",
            description = "Which figures to chart: ${COMPLETION-CANDIDATES} (default: STARTUP_P50).")
    List<Metric> metrics = List.of(Metric.STARTUP_P50);

    @Option(names = "--replications", paramLabel = "N", description = "Replications per value.")
    Optional<Integer> replications;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: out/<scenario>-sweep).")
    Optional<Path> out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}.")
    List<ReportFormat> formats = List.of(ReportFormat.values());

    @Option(names = "--theme", paramLabel = "THEME", description = "${COMPLETION-CANDIDATES} (default: projector).")
    ThemeName theme = ThemeName.PROJECTOR;

    @Option(names = "--size", paramLabel = "WxH", converter = SizeOption.class,
            description = "Picture size in logical pixels (default: the theme's, 1920x1080 for projector).")
    Optional<ExportSize> size;

    @Override
    public Integer call() throws Exception {
        int equals = vary.indexOf('=');
        if (equals <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--vary needs PATH=FROM..TO, e.g. workload.instances=1..500");
        }
        String parameter = vary.substring(0, equals).trim();
        SweepRange range;
        try {
            range = SweepRange.parse(vary.substring(equals + 1), steps, geometric);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path directory = OutputPaths.folder(out, scenario, "-sweep");
        ScenarioFile file = ScenarioArgument.load(scenario);
        WorkBudget work = new WorkBudget(0, 0);
        for (SweepRange.SweepValue value : range.values()) {
            work = work.plus(WorkBudget.ofSummariesOnly(variant(file, parameter, value.text())));
        }
        Optional<String> tooMuch = work.excess();
        if (tooMuch.isPresent()) {
            throw new IllegalArgumentException("the sweep's " + range.values().size() + " points together: "
                    + tooMuch.get());
        }
        ProgressBar progress = ProgressBar.forTerminal(spec.commandLine().getErr());
        SweepResult result = ProcessTaskExecutor.shared().submit(new Sweep(RunOptions.DEFAULT)
                .task(SweptQuantity.of(parameter, file.scenario()), range, (path, value) -> variant(file, path, value)),
                progress).await();
        progress.finish();
        List<Chart> charts = new ArrayList<>();
        for (Metric metric : metrics) {
            charts.add(Charts.forSweep(result, file.scenario().stacks(), metric, theme.theme()));
        }
        ReportOptions options = ReportOptions.of(theme.theme()).withFormats(EnumSet.copyOf(formats));
        List<Path> written = new ReportWriter(directory).write(charts,
                size.map(options::withSize).orElse(options));
        spec.commandLine().getOut().print(table(result));
        spec.commandLine().getOut().println("\nWrote " + written.size() + " files to " + directory);
        return 0;
    }

    /** A figure as the run's table writes it: "15.8 s", "1 290", "1.1 GiB", never "1.29e+03". */
    private static String figure(Metric metric, double value) {
        return switch (metric.unit()) {
            case SECONDS -> Quantity.nanos(value * 1e9).format();
            case COUNT -> Quantity.count(value).format();
            case MEBIBYTES -> Quantity.bytes(value * (1 << 20)).format();
        };
    }

    private Scenario variant(ScenarioFile file, String path, String value) {
        try {
            Scenario changed = file.with(path, value).scenario();
            return replications.map(changed::withReplications).orElse(changed);
        } catch (ScenarioFileException e) {
            throw new IllegalArgumentException("cannot set " + path + " to " + value + ":\n" + e.getMessage());
        }
    }

    private String table(SweepResult result) {
        StringBuilder text = new StringBuilder();
        int width = Math.max(24, result.stackLabels().stream().mapToInt(String::length).max().orElse(0));
        String column = "  %-" + width + "s";
        for (Metric metric : metrics) {
            text.append(metric.label()).append(" by ").append(result.quantity().wordsWithStack()).append(" (")
                    .append(result.parameter()).append(")\n");
            text.append(String.format(Locale.ROOT, "%-14s", result.parameter().replaceAll(".*\\.", "")));
            for (String label : result.stackLabels()) {
                text.append(String.format(Locale.ROOT, column, label));
            }
            text.append('\n');
            for (SweepResult.Point point : result.points()) {
                text.append(String.format(Locale.ROOT, "%-14s", point.value().text()));
                for (var byStack : point.byStack()) {
                    text.append(String.format(Locale.ROOT, column, cell(metric, byStack)));
                }
                text.append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The metric with its interval, and how many the host refused when it refused any (the figure is of the rest). */
    private static String cell(Metric metric, Map<Metric, ConfidenceInterval> figures) {
        ConfidenceInterval ci = figures.get(metric);
        if (ci == null) {
            return "-";
        }
        String cell = figure(metric, ci.mean()) + (Double.isFinite(ci.halfWidth())
                ? " ±" + figure(metric, ci.halfWidth()) : "");
        ConfidenceInterval refused = figures.get(Metric.REFUSED);
        return metric == Metric.REFUSED || refused == null || refused.mean() == 0 ? cell
                : cell + ", " + figure(Metric.REFUSED, refused.mean()) + " refused";
    }
}
