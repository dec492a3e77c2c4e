package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.json.JsonPath;
import dev.spinup.scenario.json.NumberNode;
import dev.spinup.scenario.json.ScenarioFileException;
import dev.spinup.scenario.json.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits made where the value is written: everything else in the file stays character for character. */
class ScenarioTextTest {

    private static final String ODD = """
            {
            \t"schemaVersion" : 1,
            \t"lesson":{ "title":"Tabs and \\u00e9scapes", "goals" : [ "one" ],
            \t   "predict": "How long?" },
            \t"stacks": [ { "id": "c", "kind": "container", "runtime": "docker-runc" } ],
            \t"workload": { "app": "nginx",   "instances": 1e0 }
            }
            """;

    private static NumberNode number(String literal) {
        return new NumberNode(SourcePosition.UNKNOWN, JsonPath.ROOT, literal);
    }

    @Test
    void changingOneValueChangesOnlyItsCharacters() throws Exception {
        ScenarioText text = ScenarioText.of("odd.json", ODD);
        assertTrue(text.isValid(), () -> text.problems().toString());
        ScenarioText edited = text.with("workload.instances", number("12"));
        assertEquals(ODD.replace("\"instances\": 1e0", "\"instances\": 12"), edited.text());
        assertEquals(12, edited.file().orElseThrow().scenario().workload().instances());
        ScenarioText titled = edited.withText("lesson.title", "Tabs — and \"quotes\"");
        assertEquals(edited.text().replace("\"Tabs and \\u00e9scapes\"", "\"Tabs — and \\\"quotes\\\"\""),
                titled.text());
        assertEquals("Tabs — and \"quotes\"", titled.file().orElseThrow().scenario().lesson().title());
    }

    @Test
    void aMissingKeyIsAddedBesideItsSiblingsInTheirLayout() throws Exception {
        ScenarioText text = ScenarioText.of("odd.json", ODD).withText("lesson.notice", "Look at {c.startup}.");
        assertEquals(ODD.replace("\"predict\": \"How long?\" }", "\"predict\": \"How long?\",\n\t   \"notice\":"
                + " \"Look at {c.startup}.\" }"), text.text());
        ScenarioText inline = ScenarioText.of("odd.json", ODD).withText("workload.arrival", "burst");
        assertEquals(ODD.replace("\"instances\": 1e0 }", "\"instances\": 1e0, \"arrival\": \"burst\" }"),
                inline.text());
        assertEquals("Look at {c.startup}.", text.file().orElseThrow().scenario().lesson().notice());
    }

    @Test
    void aBuiltInLessonKeepsItsLayoutAndGoalsAreWrittenOneALine() throws Exception {
        String original = Lessons.builtInText("hello").orElseThrow();
        ScenarioText text = ScenarioText.of("hello.json", original);
        ScenarioText edited = text.withTexts("lesson.goals", List.of("First goal.", "Second goal."));
        String expected = original.replaceFirst("(?s)\"goals\": \\[.*?\\n    \\]",
                "\"goals\": [\n      \"First goal.\",\n      \"Second goal.\"\n    ]");
        assertEquals(expected, edited.text());
        assertEquals(List.of("First goal.", "Second goal."), edited.file().orElseThrow().scenario().lesson().goals());
        assertSame(edited, edited.withTexts("lesson.goals", List.of("First goal.", "Second goal.")),
                "setting what is there changes nothing");
    }

    @Test
    void anInvalidValueIsKeptInTheTextWithItsProblemAtItsNewPosition() throws Exception {
        ScenarioText text = ScenarioText.of("odd.json", ODD).with("workload.instances", number("-3"));
        assertFalse(text.isValid());
        assertEquals(1, text.problems().size(), () -> text.problems().toString());
        assertEquals("$.workload.instances", text.problems().get(0).path().toString());
        assertEquals(new SourcePosition(6, 47), text.problems().get(0).position());
        assertTrue(text.text().contains("\"instances\": -3 }"));
    }

    @Test
    void textThatIsNotJsonCannotBeEditedAndSaysWhy() {
        ScenarioText broken = ScenarioText.of("broken.json", "{ \"lesson\": ");
        assertFalse(broken.isValid());
        assertTrue(broken.tree().isEmpty());
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> broken.withText("lesson.title", "x"));
        assertFalse(e.problems().isEmpty());
    }

    @Test
    void aPathIntoAnArrayNeedsTheElement() {
        ScenarioText text = ScenarioText.of("odd.json", ODD);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> text.withText("stacks[3].label", "x"));
        assertTrue(e.getMessage().contains("no element [3]"), e.getMessage());
    }
}
