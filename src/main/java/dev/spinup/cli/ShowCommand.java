package dev.spinup.cli;

import dev.spinup.scenario.EffectiveValue;
import dev.spinup.scenario.ScenarioFile;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spinup show}: every effective value of a scenario with the source it comes from. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print every value a scenario runs with, defaults included, and where each comes from.")
final class ShowCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A built-in lesson or a scenario file.")
    String scenario;

    @Override
    public Integer call() throws Exception {
        ScenarioFile file = ScenarioArgument.load(scenario);
        List<EffectiveValue> values = file.effectiveValues();
        int width = values.stream().mapToInt(v -> (v.path() + " = " + v.value()).length()).max().orElse(0);
        spec.commandLine().getOut().println(file.scenario().lesson().title());
        spec.commandLine().getOut().println("[P] primary  [D] derived from data  [S] secondary  [E] estimate"
                + "  [L] set by this lesson; `spinup show` keys are in docs/calibration-sources.md\n");
        for (EffectiveValue value : values) {
            String left = value.path() + " = " + value.value();
            spec.commandLine().getOut().println(left + " ".repeat(width - left.length() + 2) + value.tag() + " "
                    + value.source().key() + value.flag());
        }
        return 0;
    }
}
