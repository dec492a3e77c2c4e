package dev.spinup.cli;

import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.json.ScenarioFileException;

/** A scenario named on the command line: a built-in lesson's name or a file's path. */
final class ScenarioArgument {

    private ScenarioArgument() {
    }

    static ScenarioFile load(String nameOrPath) throws ScenarioFileException {
        return Lessons.load(nameOrPath);
    }
}
