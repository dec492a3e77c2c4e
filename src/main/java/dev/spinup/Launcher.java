package dev.spinup;

import dev.spinup.cli.SpinupCommand;

/**
 * The executable jar's entry point. A plain class (not a JavaFX Application) so the jar starts from the
 * classpath; for now it runs the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(SpinupCommand.execute(args));
    }
}
