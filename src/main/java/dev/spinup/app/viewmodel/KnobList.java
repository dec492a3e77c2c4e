package dev.spinup.app.viewmodel;

import dev.spinup.scenario.ScenarioText;
import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.BooleanNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.NumberNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The knobs of a lesson file: every single value it sets outside its texts (instances, memory, seed, a stack's
 * runtime…), in file order, at the path an edit names it by. What the file leaves out stays the catalogue's.
 */
final class KnobList {

    /** Top-level keys that are not knobs: the texts have their own fields; the schema lines are bookkeeping. */
    private static final Set<String> NOT_KNOBS = Set.of("lesson", "$schema", "schemaVersion");

    private KnobList() {
    }

    static List<LessonEditorViewModel.Knob> of(ScenarioText text) {
        List<LessonEditorViewModel.Knob> knobs = new ArrayList<>();
        text.tree().ifPresent(root -> {
            if (root instanceof ObjectNode object) {
                for (ObjectNode.Member m : object.members()) {
                    if (!NOT_KNOBS.contains(m.key())) {
                        collect(m.value(), m.key(), knobs);
                    }
                }
            }
        });
        return knobs;
    }

    private static void collect(JsonNode node, String path, List<LessonEditorViewModel.Knob> into) {
        if (node instanceof ObjectNode object) {
            for (ObjectNode.Member m : object.members()) {
                collect(m.value(), path + "." + m.key(), into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.elements().size(); i++) {
                collect(array.elements().get(i), path + "[" + i + "]", into);
            }
        } else if (node instanceof StringNode s) {
            into.add(new LessonEditorViewModel.Knob(path, s.value()));
        } else if (node instanceof NumberNode n) {
            into.add(new LessonEditorViewModel.Knob(path, n.literal()));
        } else if (node instanceof BooleanNode b) {
            into.add(new LessonEditorViewModel.Knob(path, String.valueOf(b.value())));
        }
    }
}
