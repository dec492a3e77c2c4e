package dev.spinup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.export.ExportManifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the hostile corpus (src/test/resources/hostile, each file's expected outcome in expected.tsv) through the
 * command line, then the file-system cases no file can hold: FIFOs, sockets, devices, link loops, output paths that
 * would destroy something. Every case is refused with file:line:column and JSON path, or runs to the end; never a
 * stack trace, an internal error, or a hang.
 */
class HostileCorpusTest {

    private static final Duration QUICKLY = Duration.ofSeconds(60);
    private static final Pattern PROBLEM_LINE = Pattern.compile("^.+:\\d+:\\d+: \\$\\S*: .+$");

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {
        /** What was said, wherever: validate reports on stdout (it is its result), the others on stderr. */
        String said() {
            return out + err;
        }

        void neverBroke() {
            String all = out + err;
            assertFalse(all.contains("internal error"), all);
            assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace: " + all);
            assertFalse(all.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b), "nothing drives the terminal");
        }
    }

    static Outcome spinup(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(QUICKLY, () -> SpinupCommand.execute(
                SpinupCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)), args));
        Outcome outcome = new Outcome(exit, out.toString(), err.toString());
        outcome.neverBroke();
        return outcome;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileHasItsExpectedOutcome() throws IOException, URISyntaxException {
        Path corpus = Path.of(HostileCorpusTest.class.getResource("/hostile/expected.tsv").toURI()).getParent();
        List<String[]> expected = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("expected.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                expected.add(line.split("\t", -1));
            }
        }
        try (Stream<Path> files = Files.list(corpus)) {
            assertEquals(files.filter(f -> f.toString().endsWith(".json")).count(), expected.size(),
                    "every file of the corpus has its expected outcome");
        }
        assertTrue(expected.size() >= 60, "at least sixty files");
        return expected.stream().map(row -> DynamicTest.dynamicTest(row[0] + " " + row[1],
                () -> replay(corpus.resolve(row[0]), row[1], row[2])));
    }

    private void replay(Path file, String outcome, String fragment) throws IOException {
        Outcome validate = spinup("validate", file.toString());
        Path out = dir.resolve(file.getFileName().toString() + "-out");
        if (outcome.equals("refused")) {
            assertEquals(1, validate.exit(), validate.out() + validate.err());
            assertRefusal(file, validate.said(), fragment);
            Outcome run = spinup("run", file.toString(), "--out", out.toString(), "--format", "csv");
            assertEquals(1, run.exit());
            assertRefusal(file, run.said(), fragment);
            assertFalse(Files.exists(out), "refused before anything was simulated or written");
            return;
        }
        assertEquals(0, validate.exit(), validate.err());
        Outcome run = spinup("run", file.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(ExportManifest.isComplete(out), "a complete set");
        if (outcome.equals("runs-neutralised")) {
            List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
            for (String line : summary.subList(1, summary.size())) {
                String stack = line.split(",")[1];
                assertTrue(stack.startsWith("'") || stack.startsWith("\"'"), line);
            }
        } else {
            assertEquals("runs", outcome, "an outcome expected.tsv knows");
        }
    }

    private static void assertRefusal(Path file, String err, String fragment) {
        List<String> lines = err.lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.startsWith(file.toString() + ":") && PROBLEM_LINE.matcher(line).matches(),
                    "file:line:column: $.path: message, not " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(fragment)), "no line says \"" + fragment + "\":\n" + err);
    }

    // ---- file-system and command-line cases ----

    private static final String NOT_REGULAR = "this is not a regular file (a FIFO, socket or device)";

    @Test
    void aFifoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("lesson.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (String command : List.of("validate", "run", "show")) {
            Outcome o = spinup(command, fifo.toString());
            assertEquals(1, o.exit());
            assertEquals(fifo + ":1:1: $: " + NOT_REGULAR + ", so it is not read; save the scenario as a file",
                    o.said().strip());
        }
    }

    @Test
    void aSocketIsRefusedAtOnce() throws Exception {
        Path socket = dir.resolve("lesson.json");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Outcome o = spinup("validate", socket.toString());
            assertEquals(1, o.exit());
            assertTrue(o.said().contains(NOT_REGULAR), o.said());
        }
    }

    @Test
    void devicesAndLinksToThemAreRefusedAtOnce() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        for (Path device : List.of(Path.of("/dev/zero"), Path.of("/dev/urandom"), link)) {
            Outcome o = spinup("validate", device.toString());
            assertEquals(1, o.exit());
            assertTrue(o.said().contains(NOT_REGULAR), o.said());
        }
    }

    @Test
    void linkLoopsDanglingLinksFoldersAndMissingFilesAreProblemsOfTheFile() throws IOException {
        Path a = dir.resolve("a.json");
        Files.createSymbolicLink(a, dir.resolve("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), a);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        for (Path bad : List.of(a, dangling, folder, dir.resolve("missing.json"))) {
            Outcome o = spinup("validate", bad.toString());
            assertEquals(1, o.exit());
            assertTrue(o.said().startsWith(bad + ":1:1: $: "), o.said());
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path big = Files.write(dir.resolve("big.json"), new byte[2 << 20]);
        Outcome o = spinup("validate", big.toString());
        assertEquals(1, o.exit());
        assertTrue(o.said().contains("larger than 1 MiB"), o.said());
    }

    @Test
    void aFileNameThatHoldsEscapesIsPrintedEscaped() throws IOException {
        Path named = dir.resolve("evil\u001b]0;owned\u0007.json");
        Files.writeString(named, "{");
        Outcome o = spinup("validate", named.toString());
        assertEquals(1, o.exit());
        assertTrue(o.said().contains("evil\\u001B]0;owned\\u0007.json"), o.said());
    }

    @Test
    void outThatNamesAnExistingFileIsRefusedBeforeSimulating() throws IOException {
        Path lesson = Files.writeString(dir.resolve("keep.json"), "precious");
        Outcome o = spinup("run", "hello", "--out", lesson.toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().contains("is an existing file, not a folder"), o.err());
        assertEquals("precious", Files.readString(lesson));
        Outcome sweep = spinup("sweep", "hello", "--vary", "workload.instances=1..2", "--out", lesson.toString());
        assertEquals(1, sweep.exit());
        assertEquals("precious", Files.readString(lesson));
    }

    @Test
    void aDiagramNeverOverwritesItsScenario() throws IOException, URISyntaxException {
        Path lesson = dir.resolve("lesson.png");
        Files.copy(Path.of(HostileCorpusTest.class.getResource("/hostile/bom-then-valid.json").toURI()), lesson);
        byte[] before = Files.readAllBytes(lesson);
        Outcome o = spinup("diagram", lesson.toString(), "--out", lesson.toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().contains("is the scenario file itself"), o.err());
        Outcome json = spinup("diagram", "--out", dir.resolve("lesson.json").toString());
        assertEquals(2, json.exit(), "the wrong extension is a usage error");
        assertTrue(json.err().contains("name the file .png, .svg or .pdf"), json.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(lesson));
    }

    @Test
    void defaultFoldersStayInsideOut() {
        assertEquals(Path.of("out", "scenario"), OutputPaths.folder(Optional.empty(), "/tmp/...json", ""));
        assertEquals(Path.of("out", "scenario-sweep"), OutputPaths.folder(Optional.empty(), "..", "-sweep"));
        assertEquals(Path.of("out", "scenario"), OutputPaths.folder(Optional.empty(), "/", ""));
        assertEquals(Path.of("out", "my-lesson"), OutputPaths.folder(Optional.empty(), "x/.my lesson.JSON", ""));
        assertEquals(Path.of("out", "hello"), OutputPaths.folder(Optional.empty(), "hello", ""));
    }

    @Test
    void workPastTheBudgetIsRefusedWithTheNumber() throws Exception {
        // 3000 instances × 2 stacks is valid alone; × 1000 replications from the command line is 6 000 000 starts
        String text = Files.readString(Path.of(HostileCorpusTest.class.getResource("/hostile/near-budget-exactly.json")
                .toURI())).replace("2500", "3000");
        Path file = Files.writeString(dir.resolve("big.json"), text);
        Outcome replications = spinup("run", file.toString(), "--replications", "1000", "--out",
                dir.resolve("r").toString());
        assertEquals(1, replications.exit());
        assertTrue(replications.err().contains("simulate 6,000,000 instance starts"), replications.err());
        assertFalse(Files.exists(dir.resolve("r")));
        Outcome steps = spinup("sweep", "hello", "--vary", "workload.instances=1..5", "--steps", "100000");
        assertEquals(2, steps.exit());
        assertTrue(steps.err().contains("a sweep has 2 to 1000 steps"), steps.err());
    }

    @Test
    void runningOutOfMemoryIsOnePlainSentence() {
        String message = Failures.message(new OutOfMemoryError("Java heap space"));
        assertTrue(message.startsWith("spinup: the simulation ran out of memory"), message);
        assertEquals(1, message.lines().count());
        assertTrue(message.contains("-Xmx"), message);
    }
}
