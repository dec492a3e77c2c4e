package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any text at all, reading gives a tree or a {@link ScenarioFileException} whose problems are each one line:
 * never another exception. Checked on arbitrary strings and on random edits of a valid lesson, through both the
 * tree reader and the typed views an example mapper uses.
 */
class ReaderRobustnessProperties {

    private static final String VALID = """
            {
              "title": "Boot race",
              "replications": 5,
              "workload": {"instances": 20, "arrival": "poisson", "delay": "250 ms"},
              "host": {"memory": "64 GiB", "cores": 16, "disk": "500 MB/s", "network": "1 Gbit/s"},
              "stacks": [
                {"kind": "container", "image": "nginx"},
                {"kind": "vm", "image": "ubuntu", "memory": "2 GiB"}
              ]
            }
            """;

    private static final String JSONISH = "{}[]\",:\\/*#'0123456789.-+eE truefalsnul\n\t\r\u0000\u00e9\ud83d\ude00\ud800";

    /** Edits that keep most of the document, so reading gets far before meeting the damage. */
    record Edit(int at, int delete, String insert) {
        String applyTo(String text) {
            int from = Math.min(at, text.length());
            int to = Math.min(text.length(), from + delete);
            return text.substring(0, from) + insert + text.substring(to);
        }
    }

    @Property(tries = 2000)
    void anyStringIsATreeOrProblems(@ForAll("anyText") String text) {
        assertReadsCleanly(text);
    }

    @Property(tries = 3000)
    void anyEditOfAValidLessonIsATreeOrProblems(@ForAll("edits") List<Edit> edits) {
        String text = VALID;
        for (Edit edit : edits) {
            text = edit.applyTo(text);
        }
        assertReadsCleanly(text);
    }

    private static void assertReadsCleanly(String text) {
        try {
            JsonTreeReader.withDefaultLimits().parseOrThrow("t.json", text);
        } catch (ScenarioFileException e) {
            assertOneLineEach(e);
        }
        try {
            ExampleLessonMapper.parse(text);
        } catch (ScenarioFileException e) {
            assertOneLineEach(e);
        }
    }

    private static void assertOneLineEach(ScenarioFileException e) {
        assertFalse(e.problems().isEmpty());
        for (Problem p : e.problems()) {
            String line = p.toString();
            assertTrue(line.startsWith("t.json:") || line.startsWith("lesson.json:"), line);
            assertFalse(line.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029' || c == 0), line);
            assertFalse(line.contains("setStrictness") || line.contains("https://"), line);
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars(JSONISH).ofMaxLength(200));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> inserted = Arbitraries.oneOf(
                Arbitraries.strings().withChars(JSONISH).ofMaxLength(4),
                Arbitraries.of("", "1.5", "-1", "1e400", "\"x\"", "null", "[", "{", "}", "]", ",", "//",
                        "\"64 gigs\"", "\"instnaces\": 1,", "\"title\": 2,", "0.5", "\"\\u00\""));
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, VALID.length()),
                Arbitraries.integers().between(0, 3),
                inserted).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3);
    }
}
