package dev.spinup.scenario;

import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names a file gives one kind of thing (stack ids, deployment names), and whether every one of them could be
 * read: a reference to an unknown name is a mistake only when the list is complete, since a definition that
 * failed to read may be the one meant, and one mistake must give one error.
 */
record KnownNames(List<String> names, boolean complete) {

    KnownNames {
        names = List.copyOf(names);
    }

    /** The {@code id}s of the {@code stacks} array as written, complete when every stack has a textual id. */
    static KnownNames stackIds(Optional<JsonNode> stacks) {
        List<String> ids = new ArrayList<>();
        boolean complete = true;
        if (stacks.orElse(null) instanceof ArrayNode array) {
            for (JsonNode stack : array.elements()) {
                if (stack instanceof ObjectNode s && s.get("id").orElse(null) instanceof StringNode id) {
                    ids.add(id.value());
                } else {
                    complete = false;
                }
            }
        } else {
            complete = false;
        }
        return new KnownNames(ids, complete);
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    /** Whether {@code name} is one of the names, or cannot be told not to be. */
    boolean mayName(String name) {
        return !complete || names.contains(name);
    }
}
