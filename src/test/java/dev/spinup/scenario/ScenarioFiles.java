package dev.spinup.scenario;

import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes scenario texts as real files and reads them back, for the reader's tests. */
final class ScenarioFiles {

    /** The smallest scenario a teacher could write: a title, one stack, a workload. */
    static final String MINIMAL = """
            {
              "schemaVersion": 1,
              "lesson": {"title": "Minimal"},
              "stacks": [{"id": "docker", "kind": "container", "runtime": "docker-runc"}],
              "workload": {"app": "nginx", "instances": 3}
            }
            """;

    private ScenarioFiles() {
    }

    static Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    static ScenarioFile read(Path folder, String name, String text) throws IOException, ScenarioFileException {
        return new ScenarioReader().read(write(folder, name, text));
    }

    /** The problem lines of a file that must not load, with the folder stripped from the file name. */
    static List<String> problems(Path folder, String name, String text) throws IOException {
        Path file = write(folder, name, text);
        try {
            new ScenarioReader().read(file);
        } catch (ScenarioFileException e) {
            return e.problems().stream().map(Problem::toString)
                    .map(line -> line.substring(folder.toString().length() + 1)).toList();
        }
        throw new AssertionError("expected problems in " + name);
    }
}
