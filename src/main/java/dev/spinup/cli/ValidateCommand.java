package dev.spinup.cli;

import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spinup validate}: check scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files: exit 0 when all are valid, 1 when any is not (every problem is listed).")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files or built-in lesson names.")
    List<String> files;

    @Override
    public Integer call() {
        boolean allValid = true;
        for (String file : files) {
            try {
                ScenarioFile read = ScenarioArgument.load(file);
                spec.commandLine().getOut().println(file + ": valid");
                for (Problem warning : read.warnings()) {
                    spec.commandLine().getOut().println(warning);
                }
            } catch (ScenarioFileException e) {
                allValid = false;
                spec.commandLine().getOut().println(e.getMessage());
            }
        }
        return allValid ? 0 : Failures.FAILED;
    }
}
