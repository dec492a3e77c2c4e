package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonPrinterTest {

    @TempDir
    Path folder;

    private final JsonTreeReader reader = JsonTreeReader.withDefaultLimits();

    @Test
    void printsTwoSpaceIndentedJsonInKeyOrder() {
        JsonNode tree = JsonBuilder.object()
                .put("title", "Boot \"race\"\n")
                .put("workload", JsonBuilder.object().put("instances", 20).put("delay", "250 ms"))
                .put("stacks", JsonBuilder.array().add("docker").add(JsonBuilder.object()).add(JsonBuilder.array()))
                .put("ratio", new BigDecimal("1.50"))
                .put("on", true)
                .putNull("note")
                .build();
        assertEquals("""
                {
                  "title": "Boot \\"race\\"\\n",
                  "workload": {
                    "instances": 20,
                    "delay": "250 ms"
                  },
                  "stacks": [
                    "docker",
                    {},
                    []
                  ],
                  "ratio": 1.50,
                  "on": true,
                  "note": null
                }
                """, JsonPrinter.print(tree));
    }

    @Test
    void loadSaveLoadGivesTheSameDocument() throws Exception {
        String original = "{\"z\":1,\"a\":[1.5,2,-0,1e400,123456789012345678901234567890],"
                + "\"s\":\"caf\u00e9 \\u2028 \\ud83d\\ude00 \\t <&>\",\"n\":null,\"b\":[true,false,{}],\"o\":{\"k\":[[]]}}";
        JsonNode first = reader.parseOrThrow("a.json", original);
        Path saved = folder.resolve("saved.json");
        AtomicTextFile.write(saved, JsonPrinter.print(first));
        JsonNode second = reader.readOrThrow(saved);

        assertTrue(first.sameContent(second));
        assertEquals(JsonPrinter.print(first), Files.readString(saved));
        assertEquals(JsonPrinter.print(first), JsonPrinter.print(second));
    }

    @Test
    void sameContentComparesValuesNotPositions() throws Exception {
        JsonNode a = reader.parseOrThrow("a", "{\"x\": [1, 2.0, \"t\"]}");
        assertTrue(a.sameContent(reader.parseOrThrow("b", "{\n  \"x\": [1e0, 2, \"t\"]\n}")));
        assertFalse(a.sameContent(reader.parseOrThrow("c", "{\"x\": [1, 2.0, \"u\"]}")));
        assertFalse(a.sameContent(reader.parseOrThrow("d", "{\"x\": [1, 2.0]}")));
        assertFalse(a.sameContent(reader.parseOrThrow("e", "{\"y\": [1, 2.0, \"t\"]}")));
        assertFalse(reader.parseOrThrow("f", "{\"a\":1,\"b\":2}").sameContent(reader.parseOrThrow("g", "{\"b\":2,\"a\":1}")));
    }

    @Test
    void builtTreesCarryTheirPaths() {
        ObjectNode tree = JsonBuilder.object()
                .put("stacks", JsonBuilder.array().add(JsonBuilder.object().put("profile", "docker")))
                .build();
        ObjectNode stack = (ObjectNode) ((ArrayNode) tree.get("stacks").orElseThrow()).elements().get(0);
        assertEquals("$.stacks[0].profile", stack.get("profile").orElseThrow().path().toString());
        assertEquals(SourcePosition.UNKNOWN, stack.position());
    }

    @Test
    void treesThatCouldNotBeSavedFaithfullyCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> JsonBuilder.object().put("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonBuilder.array().add("\ud800").build());
        assertThrows(IllegalArgumentException.class,
                () -> new NumberNode(SourcePosition.UNKNOWN, JsonPath.ROOT, "01"));
    }
}
