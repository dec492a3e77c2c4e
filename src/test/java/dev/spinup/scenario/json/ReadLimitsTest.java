package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken files give one clear problem quickly: no hang, no StackOverflowError, no OutOfMemoryError. */
class ReadLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final JsonTreeReader reader = JsonTreeReader.withDefaultLimits();

    @Test
    void aFileLargerThanTheLimitIsRejectedFromItsSize() throws Exception {
        Path huge = folder.resolve("huge.json");
        try (var out = Files.newOutputStream(huge)) {
            byte[] spaces = " ".repeat(64 * 1024).getBytes();
            for (int i = 0; i < 64; i++) {
                out.write(spaces); // 4 MiB
            }
        }
        assertEquals(List.of(huge + ":1:1: $: the file is larger than 1 MiB, the most a scenario file may be"),
                problemsOf(() -> reader.readOrThrow(huge)));
    }

    @Test
    void anEndlessStreamStopsAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        Problems problems = new Problems("pipe");
        Optional<JsonNode> tree = assertTimeoutPreemptively(QUICKLY, () -> reader.read(endless, problems));
        assertEquals(Optional.empty(), tree);
        assertEquals("pipe:1:1: $: the file is larger than 1 MiB, the most a scenario file may be",
                problems.sorted().get(0).toString());
    }

    @Test
    void aDeviceIsRefusedAtOnceWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assertTrue(Files.isReadable(zero), "Spinup targets Debian, which has /dev/zero");
        assertEquals(List.of("/dev/zero:1:1: $: this is not a regular file (a FIFO, socket or device), so it is not"
                + " read; save the scenario as a file"),
                assertTimeoutPreemptively(QUICKLY, () -> problemsOf(() -> reader.readOrThrow(zero))));
    }

    @Test
    void aFifoIsRefusedAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = folder.resolve("lesson.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "Spinup targets Debian, which has mkfifo");
        // nobody ever opens the FIFO for writing: reading it would block for ever
        List<String> problems = assertTimeoutPreemptively(QUICKLY, () -> problemsOf(() -> reader.readOrThrow(fifo)));
        assertEquals(List.of(fifo + ":1:1: $: this is not a regular file (a FIFO, socket or device), so it is not"
                + " read; save the scenario as a file"), problems);
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() throws Exception {
        // a balanced 100 000-deep document, and a million opening brackets (just under 1 MiB) that never close
        for (String content : new String[] {"[".repeat(100_000) + "]".repeat(100_000), "[".repeat(1_000_000)}) {
            Path deep = Files.writeString(folder.resolve("deep.json"), content);
            List<String> problems = assertTimeoutPreemptively(QUICKLY, () -> problemsOf(() -> reader.readOrThrow(deep)));
            String path = "$" + "[0]".repeat(64);
            assertEquals(List.of(deep + ":1:65: " + path
                    + ": objects and arrays are nested more than 64 levels deep, the most a scenario file may have"),
                    problems);
        }
    }

    @Test
    void nestingDeeperThanTheJavaStackIsReadWithoutRecursion() {
        int levels = 200_000;
        JsonTreeReader permissive = new JsonTreeReader(
                ReadLimits.DEFAULT.withMaxDepth(levels).withMaxValues(levels + 1).withMaxFileBytes(1 << 22));
        JsonNode tree = assertTimeoutPreemptively(QUICKLY,
                () -> permissive.parseOrThrow("deep.json", "{\"a\":".repeat(levels) + "1" + "}".repeat(levels)));
        assertEquals(levels, ((NumberNode) innermost(tree)).path().depth());
        assertTrue(tree.sameContent(tree));
    }

    @Test
    void aHugeArrayStopsAtTheLengthLimit() {
        String json = "[" + "0,".repeat(10_000) + "0]";
        assertEquals(List.of("big.json:1:20002: $: this array has more than 10000 elements,"
                + " the most a scenario file may hold in one array"), problemsOf(() -> reader.parseOrThrow("big.json", json)));
    }

    @Test
    void limitsAreConfigurable() {
        ReadLimits tight = ReadLimits.DEFAULT.withMaxMembers(2).withMaxStringLength(5).withMaxValues(4)
                .withMaxFileBytes(100);
        JsonTreeReader small = new JsonTreeReader(tight);
        assertEquals(List.of("m.json:1:14: $: this object has more than 2 fields, the most a scenario file may hold"
                + " in one object"), problemsOf(() -> small.parseOrThrow("m.json", "{\"a\":1,\"b\":2,\"c\":3}")));
        assertEquals(List.of("v.json:1:8: $[3]: the file holds more than 4 values, the most a scenario file may hold"),
                problemsOf(() -> small.parseOrThrow("v.json", "[1,2,3,4]")));
        assertEquals(List.of("f.json:1:1: $: the file is larger than 100 B, the most a scenario file may be"),
                problemsOf(() -> small.parseOrThrow("f.json", " ".repeat(101))));
        // an over-long text is reported but does not stop reading: the later duplicate is found as well
        assertEquals(List.of("s.json:1:2: $: this field name is 6 characters long; a scenario file allows at most 5",
                        "s.json:1:19: $.x: duplicate field `x`: it is already given at line 1, column 13"),
                problemsOf(() -> new JsonTreeReader(ReadLimits.DEFAULT.withMaxStringLength(5))
                        .parseOrThrow("s.json", "{\"abcdef\":1,\"x\":1,\"x\":2}")));
    }

    private static JsonNode innermost(JsonNode node) {
        JsonNode n = node;
        while (n instanceof ObjectNode o) {
            n = o.members().get(0).value();
        }
        return n;
    }

    private interface Reading {
        JsonNode read() throws ScenarioFileException;
    }

    private static List<String> problemsOf(Reading reading) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, reading::read);
        return e.problems().stream().map(Problem::toString).toList();
    }
}
