package dev.spinup;

import dev.spinup.app.SpinupApp;
import dev.spinup.cli.SpinupCommand;
import java.util.Arrays;

/**
 * The executable jar's entry point. A plain class (not a JavaFX Application) so the jar starts from the
 * classpath: with no arguments, or {@code app}, it opens the window; otherwise it runs the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "app".equals(args[0])) {
            SpinupApp.main(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(SpinupCommand.execute(args));
    }
}
