package dev.spinup.cli;

import dev.spinup.report.ReportFormat;
import dev.spinup.report.ReportOptions;
import dev.spinup.report.ReportWriter;
import dev.spinup.report.export.ExportSize;
import dev.spinup.run.RunOptions;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.run.task.ProcessTaskExecutor;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.WorkBudget;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spinup run}: simulate a lesson on every stack and write its charts and numbers. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario (a built-in lesson's name or a file) and export its charts and numbers.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A built-in lesson (see `spinup list`) or a scenario file.")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the files (default: out/<scenario>).")
    Optional<Path> out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Which files: ${COMPLETION-CANDIDATES} (default: png,svg,pdf,csv).")
    List<ReportFormat> formats = List.of(ReportFormat.values());

    @Option(names = "--size", paramLabel = "WxH", converter = SizeOption.class,
            description = "Picture size in logical pixels (default: the theme's, 1920x1080 for projector).")
    Optional<ExportSize> size;

    @Option(names = "--scale", paramLabel = "N", description = "PNG pixels per logical pixel, e.g. 2 (default: 1).")
    double scale = 1;

    @Option(names = "--theme", paramLabel = "THEME",
            description = "${COMPLETION-CANDIDATES} (default: projector).")
    ThemeName theme = ThemeName.PROJECTOR;

    @Option(names = "--seed", paramLabel = "N", description = "Use this seed instead of the scenario's.")
    Optional<Long> seed;

    @Option(names = "--replications", paramLabel = "N", description = "Replications instead of the scenario's.")
    Optional<Integer> replications;

    @Option(names = "--no-predict", description = "Do not print the lesson's goals and question before the results"
            + " (for scripts).")
    boolean noPredict;

    @Override
    public Integer call() throws Exception {
        Path directory = OutputPaths.folder(out, scenario, "");
        ScenarioFile file = ScenarioArgument.load(scenario);
        Scenario chosen = file.scenario();
        if (seed.isPresent()) {
            chosen = chosen.withSeed(seed.get());
        }
        if (replications.isPresent()) {
            if (replications.get() < 1 || replications.get() > 1000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--replications must be 1..1000");
            }
            chosen = chosen.withReplications(replications.get());
        }
        Optional<String> tooMuch = WorkBudget.of(chosen).excess();
        if (tooMuch.isPresent()) {
            throw new IllegalArgumentException(tooMuch.get());
        }
        if (!noPredict) {
            spec.commandLine().getOut().print(LessonIntro.of(chosen.lesson(), true));
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getOut().println(chosen.lesson().title());
        }
        ProgressBar progress = ProgressBar.forTerminal(spec.commandLine().getErr());
        RunResult result = ProcessTaskExecutor.shared().submit(new Runner(RunOptions.DEFAULT).task(chosen), progress)
                .await();
        progress.finish();
        ReportOptions options = ReportOptions.of(theme.theme()).withFormats(EnumSet.copyOf(formats))
                .withPngScale(scale);
        if (size.isPresent()) {
            options = options.withSize(size.get());
        }
        List<Path> written = new ReportWriter(directory).write(result, options);
        spec.commandLine().getOut().print(SummaryText.of(file, result));
        spec.commandLine().getOut().println("\nWrote " + written.size() + " files to " + directory);
        return 0;
    }
}
