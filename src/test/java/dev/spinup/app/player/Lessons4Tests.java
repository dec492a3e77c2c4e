package dev.spinup.app.player;

import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Built-in lessons run once per test JVM: the player tests read real runs, never hand-made ones. */
final class Lessons4Tests {

    private static final Map<String, RunResult> RUNS = new ConcurrentHashMap<>();

    private Lessons4Tests() {
    }

    static RunResult run(String lesson) {
        return RUNS.computeIfAbsent(lesson, name -> {
            try {
                return new Runner().run(Lessons.load(name).scenario());
            } catch (ScenarioFileException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
