package dev.spinup.app.viewmodel;

import dev.spinup.scenario.json.Problem;
import java.util.List;
import java.util.Optional;

/** What opening a lesson came to: opened and simulated, or refused with the file's problems (and its text). */
public sealed interface OpenOutcome {

    record Opened(LoadedLesson lesson) implements OpenOutcome {
    }

    record Refused(String source, List<Problem> problems, Optional<String> text) implements OpenOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
