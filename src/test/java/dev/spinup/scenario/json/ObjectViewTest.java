package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.scenario.json.ExampleLessonMapper.Arrival;
import dev.spinup.scenario.json.ExampleLessonMapper.Lesson;
import dev.spinup.scenario.json.ExampleLessonMapper.StackKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectViewTest {

    @TempDir
    Path folder;

    private static final String GOOD = """
            {
              "$schema": "https://spinup.dev/scenario.schema.json",
              "title": "Boot race",
              "replications": 5,
              "workload": {"instances": 20, "arrival": "all-at-once", "delay": "250 ms"},
              "host": {"memory": "64 GiB", "cores": 16, "disk": "500 MB/s", "network": "10 Gbit/s"},
              "stacks": [
                {"kind": "container", "image": "nginx"},
                {"kind": "micro-vm", "image": "alpine", "memory": "128 MiB"}
              ]
            }
            """;

    @Test
    void readsAValidLessonIntoTypedValues() throws Exception {
        Lesson lesson = ExampleLessonMapper.read(Files.writeString(folder.resolve("good.json"), GOOD), "good.json");
        assertEquals(new Lesson("Boot race", 5, 20, Arrival.ALL_AT_ONCE, Duration.ofMillis(250), DataSize.ofGiB(64),
                16, DataRate.ofMegabytesPerSecond(500), DataRate.ofGigabitsPerSecond(10),
                List.of(new ExampleLessonMapper.Stack(StackKind.CONTAINER, "nginx", Optional.empty()),
                        new ExampleLessonMapper.Stack(StackKind.MICRO_VM, "alpine", Optional.of(DataSize.ofMiB(128))))),
                lesson);
    }

    @Test
    void reportsEveryProblemInTheFileAtOnceInFileOrder() throws Exception {
        Path file = Files.writeString(folder.resolve("lesson.json"), """
                {
                  "title": 42,
                  "replications": 1.5,
                  "workload": {
                    "instnaces": 20,
                    "arrival": "al-at-once",
                    "delay": "250 msec"
                  },
                  "host": {
                    "memory": "64 gigs",
                    "memory": "32 GiB",
                    "cores": 0,
                    "disk": 500,
                    "network": "1 Gbps"
                  },
                  "stacks": [
                    {"kind": "container", "image": "nginx", "imgae": "x"},
                    "vm"
                  ],
                  "colour": "blue"
                }
                """);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> ExampleLessonMapper.read(file, "lesson.json"));
        assertEquals(List.of(
                "lesson.json:2:12: $.title: `title` must be text, not the number 42",
                "lesson.json:3:19: $.replications: `replications` must be a whole number, not 1.5",
                "lesson.json:4:15: $.workload: `workload` is missing the required field `instances`",
                "lesson.json:5:5: $.workload.instnaces: `instnaces` is not a field of `workload`;"
                        + " did you mean `instances`?",
                "lesson.json:6:16: $.workload.arrival: `arrival` must be one of `all-at-once`, `poisson`, `staggered`,"
                        + " not \"al-at-once\"; did you mean `all-at-once`?",
                "lesson.json:7:14: $.workload.delay: `delay` must be a duration such as \"250 ms\" or \"15 s\","
                        + " not \"250 msec\": unknown unit `msec`; did you mean `ms`?",
                "lesson.json:10:15: $.host.memory: `memory` must be a size such as \"512 MiB\" or \"64 GiB\","
                        + " not \"64 gigs\": unknown unit `gigs`; use B, kB, MB, GB, TB, KiB, MiB, GiB or TiB",
                "lesson.json:11:5: $.host.memory: duplicate field `memory`: it is already given at line 10, column 5",
                "lesson.json:12:14: $.host.cores: `cores` must be between 1 and 1024, not 0",
                "lesson.json:13:13: $.host.disk: `disk` must be a data rate with a unit, such as \"1 Gbit/s\""
                        + " or \"500 MB/s\", not the bare number 500",
                "lesson.json:14:16: $.host.network: `network` must be a data rate such as \"1 Gbit/s\" or \"500 MB/s\","
                        + " not \"1 Gbps\": unknown unit `Gbps`; did you mean `Gbit/s`?",
                "lesson.json:17:45: $.stacks[0].imgae: `imgae` is not a field of `stacks[0]`; did you mean `image`?",
                "lesson.json:18:5: $.stacks[1]: `stacks[1]` must be an object { ... }, not text \"vm\"",
                "lesson.json:20:3: $.colour: `colour` is not a top-level field; expected `$schema`, `title`,"
                        + " `replications`, `workload`, `host`, `stacks`"),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals(String.join("\n", e.problems().stream().map(Problem::toString).toList()), e.getMessage());
    }

    @Test
    void aMissingObjectIsReportedOnceNotOncePerField() {
        String secondLine = " \"host\": {\"memory\": \"1 GiB\", \"cores\": 2, \"disk\": \"1 GB/s\"}, \"stacks\": []}";
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ExampleLessonMapper.parse(
                "{\"title\": \"t\", \"workload\": [\"not\", \"an\", \"object\"],\n" + secondLine));
        assertEquals(List.of(
                "lesson.json:1:28: $.workload: `workload` must be an object { ... }, not an array",
                "lesson.json:2:" + column(secondLine, "[]") + ": $.stacks: `stacks` must have between 1 and 8 entries,"
                        + " not 0"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aRootThatIsNotAnObjectIsOneProblem() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> ExampleLessonMapper.parse("[1, 2]"));
        assertEquals(List.of("lesson.json:1:1: $: the document must be an object { ... }, not an array"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aSyntaxErrorIsReportedAloneBecauseNothingAfterItCanBeTrusted() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> ExampleLessonMapper.parse("{\"title\": \"t\",\n \"workload\": {\"instances\": 2,}}"));
        assertEquals(List.of("lesson.json:2:29: $.workload.instances: a comma before `}` is not allowed;"
                + " remove the last comma"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void optionalValuesFallBackToTheirDefaultAndNullMeansNotGiven() throws Exception {
        ObjectView view = view("{\"a\": null, \"n\": 7}");
        assertEquals(3, view.optionalInt("a", 3, 0, 10));
        assertEquals(3, view.optionalInt("missing", 3, 0, 10));
        assertEquals(7, view.optionalInt("n", 3, 0, 10));
        assertEquals(Optional.empty(), view.optionalDuration("a"));
        assertFalse(view.has("a"));
        view.rejectUnknownKeys();
        assertEquals(0, view.problems().size());
    }

    @Test
    void wholeNumbersAcceptExactValuesAndRejectFractionsAndOverflow() throws Exception {
        String json = "{\"two\": 2.0, \"big\": 1e2, \"tiny\": 1e-9999, \"huge\": 1e9999,"
                + " \"long\": 9223372036854775807, \"past\": 9223372036854775808}";
        ObjectView view = view(json);
        assertEquals(2, view.requiredInt("two", 0, 10));
        assertEquals(100, view.requiredInt("big", 0, 1000));
        assertEquals(Long.MAX_VALUE, view.requiredLong("long", 0, Long.MAX_VALUE));
        view.requiredInt("tiny", 0, 10);
        view.requiredInt("huge", 0, 10);
        view.requiredLong("past", 0, Long.MAX_VALUE);
        assertEquals(List.of("v.json:1:" + column(json, "1e-9999") + ": $.tiny: `tiny` must be a whole number, not 1e-9999",
                "v.json:1:" + column(json, "1e9999") + ": $.huge: `huge` must be between 0 and 10, not 1e9999",
                "v.json:1:" + column(json, "9223372036854775808")
                        + ": $.past: `past` must be at most 9223372036854775807, not 9223372036854775808"),
                view.problems().sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void aRecordedProblemCanPointAtAFieldForTheMappersOwnChecks() throws Exception {
        ObjectView view = view("{\n  \"min\": 5,\n  \"max\": 3\n}");
        int min = view.requiredInt("min", 0, 10);
        int max = view.requiredInt("max", 0, 10);
        if (max < min) {
            view.problem("max", "`max` (" + max + ") must not be less than `min` (" + min + ")");
        }
        assertEquals(List.of("v.json:3:10: $.max: `max` (3) must not be less than `min` (5)"),
                view.problems().sorted().stream().map(Problem::toString).toList());
    }

    /** The 1-based column of {@code token} in a one-line text. */
    private static int column(String line, String token) {
        return line.indexOf(token) + 1;
    }

    private static ObjectView view(String json) throws ScenarioFileException {
        Problems problems = new Problems("v.json");
        return ObjectView.root(Optional.of(JsonTreeReader.withDefaultLimits().parseOrThrow("v.json", json)), problems);
    }
}
