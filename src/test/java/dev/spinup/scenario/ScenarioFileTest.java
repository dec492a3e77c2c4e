package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a scenario, reading it back, and changing one value of it. */
class ScenarioFileTest {

    @TempDir
    Path folder;

    @Test
    void everyLessonSavedAndReadAgainIsTheSameScenario() throws Exception {
        for (String name : Lessons.names()) {
            ScenarioFile lesson = Lessons.load(name);
            Path saved = folder.resolve(name + ".json");
            lesson.save(saved);
            ScenarioFile again = new ScenarioReader().read(saved);
            assertEquals(lesson.scenario(), again.scenario(), name);
            assertTrue(lesson.tree().sameContent(again.tree()), name);
        }
    }

    @Test
    void savingKeepsTheTeachersKeysAndTheirOrder() throws Exception {
        Path file = ScenarioFiles.write(folder, "mine.json", """
                {"workload": {"instances": 3, "app": "nginx"}, "schemaVersion": 1,
                 "stacks": [{"kind": "container", "id": "docker", "runtime": "docker-runc"}],
                 "lesson": {"title": "Order"}}
                """);
        ScenarioFile read = new ScenarioReader().read(file);
        read.save(file);
        assertEquals("""
                {
                  "workload": {
                    "instances": 3,
                    "app": "nginx"
                  },
                  "schemaVersion": 1,
                  "stacks": [
                    {
                      "kind": "container",
                      "id": "docker",
                      "runtime": "docker-runc"
                    }
                  ],
                  "lesson": {
                    "title": "Order"
                  }
                }
                """, Files.readString(file));
    }

    @Test
    void aFailedSaveLeavesWhatWasThereAndNoTemporaryFile() throws Exception {
        ScenarioFile read = ScenarioFiles.read(folder, "minimal.json", ScenarioFiles.MINIMAL);
        Path occupied = Files.createDirectory(folder.resolve("occupied.json"));
        Files.writeString(occupied.resolve("inside.txt"), "keep me");

        assertThrows(IOException.class, () -> read.save(occupied));

        assertEquals("keep me", Files.readString(occupied.resolve("inside.txt")));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of("minimal.json", "occupied.json"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void withChangesOneValueAndReadsTheScenarioAgain() throws Exception {
        ScenarioFile lesson = Lessons.load("boot-storm");
        ScenarioFile more = lesson.with("workload.instances", "250");
        assertEquals(250, more.scenario().workload().instances());
        assertEquals(lesson.scenario().stacks(), more.scenario().stacks());
        assertEquals(100, lesson.scenario().workload().instances(), "the original is left as it was");

        ScenarioFile bigger = lesson.with("$.hardware.hosts[0].memory", "256 GiB");
        assertEquals(DataSize.ofGiB(256), bigger.scenario().hosts().get(0).spec().memory());
        assertTrue(bigger.text().contains("\"memory\": \"256 GiB\""));
    }

    @Test
    void withCreatesTheObjectsMissingOnTheWayAndTakesJsonValues() throws Exception {
        ScenarioFile lesson = Lessons.load("hello");
        ScenarioFile fast = lesson.with("stacks[0].overrides.phases.firmware", "20 ms")
                .with("workload.arrival", "{\"pattern\": \"ramp\", \"over\": \"1 min\"}");
        VmStack vm = (VmStack) fast.scenario().stacks().get(0).spec();
        assertEquals(Source.LESSON_SETTING, vm.hypervisor().startPhases().stream()
                .filter(p -> p.kind() == PhaseKind.FIRMWARE).findFirst().orElseThrow().source());
        assertEquals(new Arrival.Ramp(Duration.ofMinutes(1)), fast.scenario().workload().arrival());
        assertNotEquals(lesson.scenario(), fast.scenario());
    }

    @Test
    void withAPathThatLeadsNowhereSaysWhy() throws Exception {
        ScenarioFile lesson = Lessons.load("hello");
        assertEquals(List.of("lessons/01-hello.json:1:1: $: cannot set \"stacks[5].vcpus\": `stacks` has 2"
                        + " entries, so there is no element [5]"),
                problems(() -> lesson.with("stacks[5].vcpus", "4")));
        assertEquals(List.of("lessons/01-hello.json:1:1: $: cannot set \"seed.value\": `seed` is the number 1,"
                        + " so it has no field `value`"),
                problems(() -> lesson.with("seed.value", "4")));
        assertEquals(List.of("lessons/01-hello.json:1:1: $: cannot set \"workload..app\": cannot read the path"
                        + " \"workload..app\"; write it like workload.instances or stacks[0].memory"),
                problems(() -> lesson.with("workload..app", "nginx")));
    }

    @Test
    void aChangedValueWithAProblemIsReportedWhereTheOldValueWas() throws Exception {
        ScenarioFile lesson = Lessons.load("hello");
        List<String> problems = problems(() -> lesson.with("workload.instances", "-5"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).matches("lessons/01-hello\\.json:\\d+:\\d+: \\$\\.workload\\.instances:"
                + " `instances` must be between 0 and 1000000, not -5"), problems.get(0));
        assertTrue(!problems.get(0).startsWith("lessons/01-hello.json:0:0"), "points into the file");
    }

    private interface Edit {
        ScenarioFile run() throws ScenarioFileException;
    }

    private static List<String> problems(Edit edit) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, edit::run);
        return e.problems().stream().map(Problem::toString).toList();
    }
}
