package dev.spinup.scenario;

import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.BooleanNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.JsonPath;
import dev.spinup.scenario.json.JsonTreeReader;
import dev.spinup.scenario.json.NullNode;
import dev.spinup.scenario.json.NumberNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.Problems;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.ScenarioFileException;
import dev.spinup.scenario.json.SourcePosition;
import dev.spinup.scenario.json.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes one value of a scenario's JSON tree, addressed by a path such as {@code workload.instances} or
 * {@code $.stacks[1].overrides.phases.firmware}: a new tree is built and the old one is left as it was. Objects
 * missing along the path are created; array elements must exist. Nodes keep the positions they were read at, and
 * new ones take the position of what they replace, so problems still point into the original file.
 */
final class TreeEdit {

    private static final Pattern STEP = Pattern.compile("\\.?([A-Za-z_$][A-Za-z0-9_$-]*)|\\[(\\d{1,9})]");
    private static final int MAX_PATH = 300;

    /** One step of a path: a key of an object, or an index into an array. */
    record Step(Optional<String> key, int index) {
        @Override
        public String toString() {
            return key.orElse("[" + index + "]");
        }
    }

    private final String source;
    private final String pathText;

    private TreeEdit(String source, String pathText) {
        this.source = source;
        this.pathText = pathText;
    }

    /** The steps of {@code path} ({@code workload.instances}, {@code $.stacks[1].memory}). */
    static List<Step> steps(String source, String path) throws ScenarioFileException {
        return new TreeEdit(source, path).parse();
    }

    static JsonNode set(String source, JsonNode root, String path, String value) throws ScenarioFileException {
        TreeEdit edit = new TreeEdit(source, path);
        List<Step> steps = edit.parse();
        return edit.replace(Optional.of(root), steps, 0, JsonPath.ROOT, root.position(), valueNode(value));
    }

    /** {@code value} as JSON if it reads as JSON, else as text: {@code 250} is a number, {@code 64 GiB} text. */
    private static JsonNode valueNode(String value) {
        Problems ignored = new Problems("value");
        return JsonTreeReader.withDefaultLimits().parse(value, ignored).filter(n -> ignored.isEmpty())
                .orElseGet(() -> new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, value));
    }

    private List<Step> parse() throws ScenarioFileException {
        String rest = pathText.strip();
        if (rest.startsWith("$")) {
            rest = rest.substring(1);
        }
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(rest);
        int at = 0;
        while (rest.length() <= MAX_PATH && at < rest.length() && m.find(at) && m.start() == at) {
            steps.add(m.group(1) != null ? new Step(Optional.of(m.group(1)), -1)
                    : new Step(Optional.empty(), Integer.parseInt(m.group(2))));
            at = m.end();
        }
        if (steps.isEmpty() || at != rest.length()) {
            throw fail("cannot read the path " + Quote.text(pathText) + "; write it like workload.instances or"
                    + " stacks[0].memory");
        }
        return steps;
    }

    private JsonNode replace(Optional<JsonNode> node, List<Step> steps, int i, JsonPath path,
                             SourcePosition position, JsonNode value) throws ScenarioFileException {
        if (i == steps.size()) {
            return rebase(value, path, node.map(JsonNode::position).orElse(position));
        }
        Step step = steps.get(i);
        if (step.key().isPresent()) {
            String key = step.key().get();
            if (node.isPresent() && !(node.get() instanceof ObjectNode)) {
                throw fail(where(steps, i) + " is " + node.get().describe() + ", so it has no field " + Quote.name(key));
            }
            SourcePosition here = node.map(JsonNode::position).orElse(position);
            List<ObjectNode.Member> members = new ArrayList<>(node.map(n -> ((ObjectNode) n).members())
                    .orElse(List.of()));
            for (int m = 0; m < members.size(); m++) {
                ObjectNode.Member member = members.get(m);
                if (member.key().equals(key)) {
                    members.set(m, new ObjectNode.Member(key, member.keyPosition(), replace(Optional.of(member.value()),
                            steps, i + 1, path.key(key), member.value().position(), value)));
                    return new ObjectNode(here, path, members);
                }
            }
            members.add(new ObjectNode.Member(key, here, replace(Optional.empty(), steps, i + 1, path.key(key), here,
                    value)));
            return new ObjectNode(here, path, members);
        }
        if (node.isEmpty() || !(node.get() instanceof ArrayNode array)) {
            throw fail(where(steps, i) + (node.isEmpty() ? " does not exist" : " is " + node.get().describe())
                    + ", so it has no element [" + step.index() + "]");
        }
        if (step.index() >= array.elements().size()) {
            throw fail(where(steps, i) + " has " + array.elements().size() + " entries, so there is no element ["
                    + step.index() + "]");
        }
        List<JsonNode> elements = new ArrayList<>(array.elements());
        JsonNode old = elements.get(step.index());
        elements.set(step.index(), replace(Optional.of(old), steps, i + 1, path.index(step.index()), old.position(),
                value));
        return new ArrayNode(array.position(), path, elements);
    }

    private static String where(List<Step> steps, int upTo) {
        if (upTo == 0) {
            return "the document";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < upTo; i++) {
            Step s = steps.get(i);
            if (s.key().isPresent() && b.length() > 0) {
                b.append('.');
            }
            b.append(s);
        }
        return "`" + b + "`";
    }

    /** A copy of {@code node} placed at {@code path}, every part of it shown at {@code position}. */
    private static JsonNode rebase(JsonNode node, JsonPath path, SourcePosition position) {
        if (node instanceof ObjectNode object) {
            List<ObjectNode.Member> members = new ArrayList<>();
            for (ObjectNode.Member m : object.members()) {
                members.add(new ObjectNode.Member(m.key(), position, rebase(m.value(), path.key(m.key()), position)));
            }
            return new ObjectNode(position, path, members);
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> elements = new ArrayList<>();
            for (int i = 0; i < array.elements().size(); i++) {
                elements.add(rebase(array.elements().get(i), path.index(i), position));
            }
            return new ArrayNode(position, path, elements);
        }
        if (node instanceof StringNode text) {
            return new StringNode(position, path, text.value());
        }
        if (node instanceof NumberNode number) {
            return new NumberNode(position, path, number.literal());
        }
        if (node instanceof BooleanNode bool) {
            return new BooleanNode(position, path, bool.value());
        }
        return new NullNode(position, path);
    }

    private ScenarioFileException fail(String message) {
        return new ScenarioFileException(List.of(new Problem(source, SourcePosition.START, JsonPath.ROOT,
                "cannot set " + Quote.text(pathText) + ": " + message)));
    }
}
