package dev.spinup.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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

    /** The configured command line on the process's stdout and stderr: exit codes 0 ok, 1 failed, 2 bad usage. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true),
                new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true));
    }

    /** The configured command line printing to {@code out} and {@code err}, both through the terminal guard. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new SpinupCommand());
        line.setExecutionExceptionHandler(new Failures());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(new PrintWriter(new TerminalSafeWriter(out), true));
        line.setErr(new PrintWriter(new TerminalSafeWriter(err), true));
        return line;
    }

    /** Runs the command line and returns its exit code; running out of memory is one plain sentence too. */
    public static int execute(String... args) {
        CommandLine line = commandLine();
        return execute(line, args);
    }

    /** Runs {@code line}; an {@link OutOfMemoryError} (which picocli does not catch) is reported like any failure. */
    public static int execute(CommandLine line, String... args) {
        try {
            return line.execute(args);
        } catch (OutOfMemoryError e) {
            line.getErr().println(Failures.message(e));
            line.getErr().flush();
            return Failures.FAILED;
        }
    }
}
