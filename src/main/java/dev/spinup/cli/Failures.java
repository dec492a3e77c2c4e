package dev.spinup.cli;

import dev.spinup.scenario.json.ScenarioFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns what went wrong into one plain message on stderr and an exit code, never a stack trace: every problem of
 * a bad scenario file (file:line:column: path: message), or the reason a file could not be written.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        line.getErr().println(message(e));
        line.getErr().flush();
        return FAILED;
    }

    static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "spinup: the simulation ran out of memory (Java may use at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); lower `workload.instances`,"
                    + " `replications` or the number of stacks, or give Java more memory (e.g. JAVA_TOOL_OPTIONS=-Xmx8g).";
        }
        if (e instanceof ScenarioFileException file) {
            return file.getMessage();
        }
        if (e instanceof UncheckedIOException io) {
            return "spinup: " + OutputPaths.reason(io.getCause());
        }
        if (e instanceof IOException io) {
            return "spinup: cannot write: " + OutputPaths.reason(io);
        }
        if (e instanceof IllegalArgumentException bad) {
            return "spinup: " + bad.getMessage();
        }
        return "spinup: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                + "\nPlease report this with the scenario file that caused it.";
    }
}
