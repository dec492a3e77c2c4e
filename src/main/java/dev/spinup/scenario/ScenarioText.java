package dev.spinup.scenario;

import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.JsonPath;
import dev.spinup.scenario.json.JsonTextEdit;
import dev.spinup.scenario.json.JsonTreeReader;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.Problems;
import dev.spinup.scenario.json.ScenarioFileException;
import dev.spinup.scenario.json.SourcePosition;
import dev.spinup.scenario.json.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario file's text as the editor holds it: each change is made in the text where the value is written, so
 * the teacher's layout, key order and spelling survive everything not changed, and the text is read again after
 * every change, so its problems always point at the text as it now is. Immutable.
 */
public final class ScenarioText {

    private final String source;
    private final String text;
    private final Optional<JsonNode> tree;
    private final Optional<ScenarioFile> file;
    private final List<Problem> problems;

    private ScenarioText(String source, String text) {
        this.source = source;
        this.text = text;
        Problems syntax = new Problems(source);
        this.tree = JsonTreeReader.withDefaultLimits().parse(text, syntax);
        ScenarioFile read = null;
        List<Problem> found;
        try {
            read = new ScenarioReader().read(source, text);
            found = List.of();
        } catch (ScenarioFileException e) {
            found = e.problems();
        }
        this.file = Optional.ofNullable(read);
        this.problems = found;
    }

    /** Reads {@code text}, naming it {@code source} in problems. */
    public static ScenarioText of(String source, String text) {
        return new ScenarioText(Objects.requireNonNull(source, "source"), Objects.requireNonNull(text, "text"));
    }

    /**
     * This text with the value at {@code path} ({@code workload.instances}, {@code lesson.goals},
     * {@code stacks[0].memory}) set to {@code value}; a missing key is added to the deepest object that exists.
     * Setting a value to what it already holds leaves the text as it is.
     *
     * @throws ScenarioFileException if the text is not JSON (there is nothing to edit), or the path leads through a
     *                               value that is not an object or array, or past an array's end
     */
    public ScenarioText with(String path, JsonNode value) throws ScenarioFileException {
        if (tree.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        List<TreeEdit.Step> steps = TreeEdit.steps(source, path);
        JsonNode node = tree.get();
        for (int i = 0; i < steps.size(); i++) {
            TreeEdit.Step step = steps.get(i);
            if (step.key().isPresent()) {
                if (!(node instanceof ObjectNode object)) {
                    throw cannot(path, node.describe() + " has no field " + step.key().get());
                }
                Optional<JsonNode> member = object.get(step.key().get());
                if (member.isEmpty()) {
                    return of(source, JsonTextEdit.insert(text, object, step.key().get(),
                            nest(steps.subList(i + 1, steps.size()), value, path)));
                }
                node = member.get();
            } else {
                if (!(node instanceof ArrayNode array) || step.index() >= array.elements().size()) {
                    throw cannot(path, "there is no element [" + step.index() + "]");
                }
                node = array.elements().get(step.index());
            }
        }
        if (node.sameContent(value)) {
            return this;
        }
        return of(source, JsonTextEdit.replace(text, node, value));
    }

    /** The value at {@code path}, if the text is JSON and has one there. */
    public Optional<JsonNode> at(String path) {
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        List<TreeEdit.Step> steps;
        try {
            steps = TreeEdit.steps(source, path);
        } catch (ScenarioFileException unreadablePath) {
            return Optional.empty();
        }
        JsonNode node = tree.get();
        for (TreeEdit.Step step : steps) {
            if (step.key().isPresent() && node instanceof ObjectNode object && object.get(step.key().get()).isPresent()) {
                node = object.get(step.key().get()).get();
            } else if (step.key().isEmpty() && node instanceof ArrayNode array && step.index() < array.elements().size()) {
                node = array.elements().get(step.index());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /** {@link #with} for a text value. */
    public ScenarioText withText(String path, String value) throws ScenarioFileException {
        return with(path, new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, value));
    }

    /** {@link #with} for a list of texts, such as the lesson's goals. */
    public ScenarioText withTexts(String path, List<String> values) throws ScenarioFileException {
        List<JsonNode> elements = new ArrayList<>();
        for (String v : values) {
            elements.add(new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, v));
        }
        return with(path, new ArrayNode(SourcePosition.UNKNOWN, JsonPath.ROOT, elements));
    }

    /** The same text named differently in problems (after "Save as"). */
    public ScenarioText renamed(String newSource) {
        return newSource.equals(source) ? this : of(newSource, text);
    }

    /** The objects a missing path needs below the deepest one that exists, around {@code value}. */
    private JsonNode nest(List<TreeEdit.Step> rest, JsonNode value, String path) throws ScenarioFileException {
        JsonNode nested = value;
        for (int i = rest.size() - 1; i >= 0; i--) {
            if (rest.get(i).key().isEmpty()) {
                throw cannot(path, "there is no array to hold element [" + rest.get(i).index() + "]");
            }
            nested = new ObjectNode(SourcePosition.UNKNOWN, JsonPath.ROOT,
                    List.of(new ObjectNode.Member(rest.get(i).key().get(), SourcePosition.UNKNOWN, nested)));
        }
        return nested;
    }

    private ScenarioFileException cannot(String path, String why) {
        return new ScenarioFileException(List.of(new Problem(source, SourcePosition.START, JsonPath.ROOT,
                "cannot set " + path + ": " + why)));
    }

    public String source() {
        return source;
    }

    /** The text exactly as it would be saved. */
    public String text() {
        return text;
    }

    /** The JSON as read, when the text is JSON at all. */
    public Optional<JsonNode> tree() {
        return tree;
    }

    /** The scenario, when the text has no problems. */
    public Optional<ScenarioFile> file() {
        return file;
    }

    /** Every problem, sorted; empty when the scenario reads. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean isValid() {
        return file.isPresent();
    }
}
