package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For any text, reading gives a scenario or a {@link ScenarioFileException} with one-line problems, never another
 * exception; whatever loads survives a save and a reload unchanged. Checked on arbitrary strings and on random
 * edits of real lessons, which get much further into the reader.
 */
class ScenarioReaderProperties {

    private static final List<String> LESSONS = Lessons.FILES.stream().map(ScenarioReaderProperties::lesson).toList();
    private static final String JSONISH = "{}[]\",:0123456789.-eE truefalsn \n\u00e9GiBMms/";
    private static final List<String> FRAGMENTS = List.of("1e12", "-1", "0", "1.5", "null", "\"\"", "\"64 gigs\"",
            "\"0 B\"", "\"-1 s\"", "\"8 days\"", "\"kvm\"", "\"vm\"", "\"container\"", "\"containers-in-vms\"", "[]",
            "{}", "\"host-9\"", "true", "\"firmware\"", "\"image-pull\"", "\"nope:1\"", "\"docker\"", "1e400",
            "\"instnaces\": 1,", "\"count\": 3,", "\"node\": \"vm\",", "\"phases\": {\"app\": \"1 s\"},");

    /** An edit that replaces a few characters, so most of a lesson survives and reading gets far. */
    record Edit(int at, int delete, String insert) {
        String applyTo(String text) {
            int from = Math.min(at, text.length());
            int to = Math.min(text.length(), from + delete);
            return text.substring(0, from) + insert + text.substring(to);
        }
    }

    @Property(tries = 1000)
    void anyTextIsAScenarioOrProblems(@ForAll("anyText") String text) {
        readsCleanly(text);
    }

    @Property(tries = 1500)
    void anyEditOfALessonIsAScenarioOrProblems(@ForAll @IntRange(min = 0, max = 9) int lesson,
                                                @ForAll("edits") List<Edit> edits) {
        String text = LESSONS.get(lesson);
        for (Edit edit : edits) {
            text = edit.applyTo(text);
        }
        readsCleanly(text);
    }

    @Property(tries = 50)
    void withSetsTheInstancesOrSaysWhichDerivedLimitItBreaks(
            @ForAll @IntRange(min = 0, max = 1_000_000) int instances) throws ScenarioFileException {
        // sandboxes: 3 stacks, one instance every 2 s; 100 000 of them are 300 000 detailed instances over 2.3 days
        ScenarioFile lesson = Lessons.load("sandboxes");
        try {
            ScenarioFile varied = lesson.with("workload.instances", Integer.toString(instances));
            assertEquals(instances, varied.scenario().workload().instances());
        } catch (ScenarioFileException refused) {
            assertTrue(instances > 100_000, refused.getMessage());
            assertTrue(refused.getMessage().contains("one run may keep in memory")
                    || refused.getMessage().contains("the last arrival may come at most"), refused.getMessage());
        }
    }

    private static void readsCleanly(String text) {
        ScenarioFile file;
        try {
            file = new ScenarioReader().read("p.json", text);
        } catch (ScenarioFileException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(ScenarioReaderProperties::assertOneLine);
            return;
        }
        file.warnings().forEach(ScenarioReaderProperties::assertOneLine);
        try {
            assertEquals(file.scenario(), new ScenarioReader().read("p.json", file.text()).scenario(),
                    "what loads, saves and loads the same");
        } catch (ScenarioFileException e) {
            throw new AssertionError("a saved scenario did not load again: " + e.getMessage(), e);
        }
    }

    private static void assertOneLine(Problem p) {
        String line = p.toString();
        assertTrue(line.startsWith("p.json:"), line);
        assertFalse(line.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029'), line);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars(JSONISH).ofMaxLength(300));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> inserted = Arbitraries.oneOf(Arbitraries.strings().withChars(JSONISH).ofMaxLength(4),
                Arbitraries.of(FRAGMENTS));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 6000),
                Arbitraries.integers().between(0, 12), inserted).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    private static String lesson(String file) {
        try {
            return Files.readString(Path.of("scenarios", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
