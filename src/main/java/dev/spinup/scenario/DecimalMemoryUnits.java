package dev.spinup.scenario;

import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.StringNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warns, once per file, when a memory size is written in decimal units ("512MB", "32 GB"): they are accepted as
 * written (10⁶ and 10⁹ bytes), but a teacher sizing RAM almost always means MiB and GiB (2²⁰ and 2³⁰ bytes), and
 * the 5–7 % difference changes how many instances fit. Image and layer sizes are decimal on purpose, as
 * registries report them, so only memory fields are checked.
 */
public final class DecimalMemoryUnits {

    /** What every warning of this check says, and nothing else does: how it is told apart from the others. */
    private static final String READ_AS_DECIMAL = "` is read in decimal units";

    private static final Set<String> MEMORY_KEYS = Set.of("memory", "hostOsMemory");
    private static final Pattern DECIMAL = Pattern.compile("\\s*[0-9]+(?:\\.[0-9]+)?\\s*[kKMGT]B\\s*");

    private DecimalMemoryUnits() {
    }

    /**
     * True when {@code warning} is this check's: the run's notices list each decimal value with its bytes
     * ({@link EffectiveValues#decimalMemory}), so they leave this one out.
     */
    public static boolean warned(Problem warning) {
        return warning.message().contains(READ_AS_DECIMAL);
    }

    static void check(Optional<JsonNode> tree, ReadContext context) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        tree.ifPresent(todo::push);
        List<StringNode> found = new ArrayList<>();
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node instanceof ObjectNode object) {
                for (ObjectNode.Member member : object.members()) {
                    if (MEMORY_KEYS.contains(member.key()) && member.value() instanceof StringNode text
                            && DECIMAL.matcher(text.value()).matches()) {
                        found.add(text);
                    }
                    todo.push(member.value());
                }
            } else if (node instanceof ArrayNode array) {
                array.elements().forEach(todo::push);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        found.sort(Comparator.comparing(StringNode::position));
        StringNode text = found.get(0);
        String others = found.size() == 1 ? "" : "; also in decimal units: " + found.subList(1, found.size()).stream().map(n -> n.path() + " (line " + n.position().line() + ")")
                        .collect(Collectors.joining(", "));
        context.warnings().add(text, "`" + text.value().strip() + READ_AS_DECIMAL
                + " (MB = 10⁶ bytes, GB = 10⁹); memory is usually meant in binary units (MiB = 2²⁰"
                + " bytes, GiB = 2³⁰): write `" + text.value().strip().replaceAll("\\s*([kKMGT])B$", " $1iB")
                .replace("kiB", "KiB") + "` if that is what you mean (`spinup show` and the run summary print the"
                + " bytes used)" + others);
    }
}
