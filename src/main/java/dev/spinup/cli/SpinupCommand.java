package dev.spinup.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code spinup} command: headless runs, validation, lessons, sweeps and the stack diagram. */
@Command(name = "spinup", mixinStandardHelpOptions = true, version = "Spinup 0.1.0",
        description = "Containers vs virtual machines, side by side on the same simulated hardware.",
        subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class, ShowCommand.class,
                SweepCommand.class, DiagramCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class SpinupCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: exit codes 0 ok, 1 a run or file failed, 2 bad usage. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new SpinupCommand());
        line.setExecutionExceptionHandler(new Failures());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }
}
