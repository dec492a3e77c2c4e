package dev.spinup.cli;

import dev.spinup.run.task.ProgressListener;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for work that takes more than a second; silent when stderr is not a terminal
 * (a pipe, a log file, CI), so scripted output stays clean.
 */
final class ProgressBar implements ProgressListener {

    private static final long QUIET_FOR_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static ProgressBar forTerminal(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public synchronized void progressed(int done, int total) {
        if (!enabled || System.nanoTime() - started < QUIET_FOR_NANOS) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " simulations");
        err.flush();
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
