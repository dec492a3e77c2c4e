package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.BooleanNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.JsonPath;
import dev.spinup.scenario.json.JsonTextEdit;
import dev.spinup.scenario.json.JsonTreeReader;
import dev.spinup.scenario.json.NullNode;
import dev.spinup.scenario.json.NumberNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import dev.spinup.scenario.json.SourcePosition;
import dev.spinup.scenario.json.StringNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One mistake gives one error, in every reader: each built-in lesson is read again with one mistake a teacher could
 * make injected at each of its values (a wrong type, null, a misspelt unit, a word where a number or a list goes,
 * a negative number, an unknown field),
 * and every such file must give exactly one problem, naming the file, a line and the JSON path of the mistake.
 */
class InjectedMistakesTest {

    private static final Pattern SIZE = Pattern.compile("\\s*[0-9.]+\\s*(B|KiB|MiB|GiB|TiB|kB|MB|GB|TB)\\s*");
    private static final Pattern DURATION = Pattern.compile("\\s*[0-9.]+\\s*(ns|µs|us|ms|s|min|h)\\s*");

    static Stream<String> lessons() {
        return Lessons.FILES.stream();
    }

    /** One edited copy of a lesson, and where its mistake is. */
    private record Mistake(String what, String text, JsonPath path) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everySingleMistakeGivesExactlyOneErrorAtItsPlace(String lesson) throws Exception {
        String text = Files.readString(Path.of("scenarios", lesson));
        JsonNode tree = JsonTreeReader.withDefaultLimits().parseOrThrow(lesson, text);
        List<Mistake> mistakes = mistakes(text, tree);
        List<String> failures = new ArrayList<>();
        int judged = 0;
        for (Mistake mistake : mistakes) {
            List<Problem> problems;
            try {
                new ScenarioReader().read(lesson, mistake.text());
                continue;
            } catch (ScenarioFileException e) {
                problems = e.problems();
            }
            judged++;
            boolean placed = problems.size() == 1 && problems.get(0).position().line() > 0
                    && problems.get(0).toString().startsWith(lesson + ":")
                    && within(problems.get(0).path(), mistake.path());
            if (!placed) {
                failures.add(mistake.what() + " at " + mistake.path() + " -> " + problems);
            }
        }
        assertTrue(judged * 2 > mistakes.size(), lesson + ": most injected mistakes are refused (" + judged + " of "
                + mistakes.size() + ")");
        assertTrue(failures.isEmpty(), lesson + ": " + failures.size() + " of " + judged + " mistakes:\n"
                + String.join("\n", failures));
    }

    /** The problem points at the mistake itself or at an enclosing value (a missing field is the object's). */
    private static boolean within(JsonPath reported, JsonPath mistake) {
        String a = reported.toString();
        String b = mistake.toString();
        return b.equals(a) || b.startsWith(a + ".") || b.startsWith(a + "[");
    }

    private static List<Mistake> mistakes(String text, JsonNode tree) {
        List<Mistake> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(tree);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node instanceof ObjectNode object) {
                if (!object.members().isEmpty()) {
                    out.add(new Mistake("unknown field", JsonTextEdit.insert(text, object, "colour",
                            new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, "blue")), object.path().key("colour")));
                }
                object.members().forEach(m -> todo.push(m.value()));
                if (!object.path().isRoot()) {
                    out.add(edit(text, object, new NullNode(SourcePosition.UNKNOWN, JsonPath.ROOT), "null for an object"));
                }
            } else if (node instanceof ArrayNode array) {
                array.elements().forEach(todo::push);
                out.add(edit(text, array, new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, "all"),
                        "a word for a list"));
            } else if (node instanceof StringNode string && !string.path().toString().startsWith("$.$schema")) {
                String value = string.value();
                if (SIZE.matcher(value).matches()) {
                    out.add(edit(text, string, new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT,
                            value.replaceAll("[A-Za-z]+\\s*$", "").strip() + " mb"), "unknown size unit"));
                    out.add(edit(text, string, new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, "lots"),
                            "a word for a size"));
                } else if (DURATION.matcher(value).matches()) {
                    out.add(edit(text, string, new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT,
                            value.replaceAll("[a-zµ]+\\s*$", "").strip() + " sex"), "unknown time unit"));
                }
                out.add(edit(text, string, new BooleanNode(SourcePosition.UNKNOWN, JsonPath.ROOT, true),
                        "true for a text"));
                out.add(edit(text, string, new NullNode(SourcePosition.UNKNOWN, JsonPath.ROOT), "null for a text"));
            } else if (node instanceof NumberNode number) {
                out.add(edit(text, number, new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, "many"),
                        "a word for a number"));
                out.add(edit(text, number, new NumberNode(SourcePosition.UNKNOWN, JsonPath.ROOT, "-7"),
                        "a negative number"));
            } else if (node instanceof BooleanNode bool) {
                out.add(edit(text, bool, new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, "yes"),
                        "a word for true or false"));
            }
        }
        return out;
    }

    private static Mistake edit(String text, JsonNode node, JsonNode value, String what) {
        return new Mistake(what, JsonTextEdit.replace(text, node, value), node.path());
    }
}
