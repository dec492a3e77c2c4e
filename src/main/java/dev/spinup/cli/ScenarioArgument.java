package dev.spinup.cli;

import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.json.ScenarioFileException;
import java.nio.file.Path;

/** A scenario named on the command line: a built-in lesson's name or a file's path. */
final class ScenarioArgument {

    private ScenarioArgument() {
    }

    static ScenarioFile load(String nameOrPath) throws ScenarioFileException {
        return Lessons.load(nameOrPath);
    }

    /** A short name for output folders: the lesson's name, or the file's name without ".json". */
    static String shortName(String nameOrPath) {
        String file = Path.of(nameOrPath).getFileName().toString();
        return file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
    }
}
