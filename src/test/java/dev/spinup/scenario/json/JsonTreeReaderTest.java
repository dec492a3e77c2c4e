package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTreeReaderTest {

    @TempDir
    Path folder;

    private final JsonTreeReader reader = JsonTreeReader.withDefaultLimits();

    @Test
    void keepsPositionsPathsAndKeyOrder() throws Exception {
        Path file = write("lesson.json", """
                {
                  "title": "Boot race",
                  "workload": {"instances": 20, "arrival": "all-at-once"},
                  "stacks": [
                    {"profile": "docker"},
                    {"profile": "firecracker"}
                  ]
                }
                """);
        ObjectNode root = (ObjectNode) reader.readOrThrow(file);

        assertEquals(List.of("title", "workload", "stacks"), root.keys());
        assertEquals(new SourcePosition(1, 1), root.position());
        assertEquals(new SourcePosition(2, 3), root.members().get(0).keyPosition());
        assertEquals(new SourcePosition(2, 12), root.get("title").orElseThrow().position());

        ObjectNode workload = (ObjectNode) root.get("workload").orElseThrow();
        JsonNode instances = workload.get("instances").orElseThrow();
        assertEquals("$.workload.instances", instances.path().toString());
        assertEquals(new SourcePosition(3, 29), instances.position());
        assertEquals(new SourcePosition(3, 33), workload.members().get(1).keyPosition());

        ArrayNode stacks = (ArrayNode) root.get("stacks").orElseThrow();
        JsonNode profile = ((ObjectNode) stacks.elements().get(1)).get("profile").orElseThrow();
        assertEquals("$.stacks[1].profile", profile.path().toString());
        assertEquals(new SourcePosition(6, 17), profile.position());
        assertEquals(new StringNode(new SourcePosition(6, 17), JsonPath.ROOT.key("stacks").index(1).key("profile"),
                "firecracker"), profile);
    }

    @Test
    void keepsNumbersAsWrittenSoWholeFractionalAndHugeStayDistinct() throws Exception {
        ArrayNode numbers = (ArrayNode) reader.parseOrThrow("n.json",
                "[2, 1.5, 2.0, -0, 1e400, 123456789012345678901234567890, 1E-7]");
        List<String> literals = numbers.elements().stream().map(n -> ((NumberNode) n).literal()).toList();
        assertEquals(List.of("2", "1.5", "2.0", "-0", "1e400", "123456789012345678901234567890", "1E-7"), literals);
        assertEquals(new BigDecimal("123456789012345678901234567890"),
                ((NumberNode) numbers.elements().get(5)).decimal());
        assertEquals(new SourcePosition(1, 19), numbers.elements().get(4).position());
    }

    @Test
    void readsEveryKindOfValue() throws Exception {
        ObjectNode root = (ObjectNode) reader.parseOrThrow("v.json",
                "{\"s\": \"caf\\u00e9\", \"t\": true, \"f\": false, \"n\": null, \"o\": {}, \"a\": []}");
        assertEquals("café", ((StringNode) root.get("s").orElseThrow()).value());
        assertTrue(((BooleanNode) root.get("t").orElseThrow()).value());
        assertFalse(((BooleanNode) root.get("f").orElseThrow()).value());
        assertInstanceOf(NullNode.class, root.get("n").orElseThrow());
        assertEquals(List.of(), ((ObjectNode) root.get("o").orElseThrow()).members());
        assertEquals(List.of(), ((ArrayNode) root.get("a").orElseThrow()).elements());
    }

    @Test
    void columnsCountCharactersAsAnEditorDoes() throws Exception {
        // the byte order mark is skipped; the emoji is one column although it is two UTF-16 chars
        Path file = folder.resolve("emoji.json");
        Files.write(file, "\ufeff{\"\uD83D\uDE00\": 1,\r\n \"b\": 2}".getBytes(StandardCharsets.UTF_8));
        ObjectNode root = (ObjectNode) reader.readOrThrow(file);
        assertEquals(new SourcePosition(1, 1), root.position());
        assertEquals(new SourcePosition(1, 7), root.get("\uD83D\uDE00").orElseThrow().position());
        assertEquals(new SourcePosition(2, 2), root.members().get(1).keyPosition());
    }

    @Test
    void aMissingFileOrAFolderIsAProblemNotAnException() {
        Problems problems = new Problems("missing.json");
        assertEquals(Optional.empty(), reader.read(folder.resolve("missing.json"), problems));
        assertEquals("missing.json:1:1: $: the file does not exist", problems.sorted().get(0).toString());

        Problems folderProblems = new Problems("lessons");
        assertEquals(Optional.empty(), reader.read(folder, folderProblems));
        assertEquals("lessons:1:1: $: this is a folder, not a scenario file", folderProblems.sorted().get(0).toString());
    }

    @Test
    void textThatIsNotUtf8IsReportedWhereItStops() throws IOException {
        Path latin1 = folder.resolve("latin1.json");
        Files.write(latin1, "{\n  \"title\": \"caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1));
        Problems problems = new Problems("latin1.json");
        assertEquals(Optional.empty(), reader.read(latin1, problems));
        assertEquals("latin1.json:2:16: $: the file is not UTF-8 text (byte 0xE9 cannot start a character here);"
                + " save it as UTF-8", problems.sorted().get(0).toString());

        Path utf16 = folder.resolve("utf16.json");
        Files.write(utf16, "\ufeff{}".getBytes(StandardCharsets.UTF_16));
        Problems utf16Problems = new Problems("utf16.json");
        reader.read(utf16, utf16Problems);
        assertEquals("utf16.json:1:1: $: the file is saved as UTF-16; save it as UTF-8",
                utf16Problems.sorted().get(0).toString());
    }

    @Test
    void duplicateKeysAreReportedButTheTreeIsStillReturnedForFurtherChecks() {
        Problems problems = new Problems("dup.json");
        Optional<JsonNode> tree = reader.parse("{\"a\": 1,\n \"a\": 2, \"b\": 3}", problems);
        ObjectNode root = (ObjectNode) tree.orElseThrow();
        assertEquals(List.of("a", "b"), root.keys());
        assertEquals("1", ((NumberNode) root.get("a").orElseThrow()).literal());
        assertEquals(List.of("dup.json:2:2: $.a: duplicate field `a`: it is already given at line 1, column 2"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
