package dev.spinup.scenario;

import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Problems;
import java.util.Optional;

/**
 * What the section readers of one file share: where problems go (they stop the file from loading) and where
 * warnings go (the file loads, but a lesson should not have them).
 */
final class ReadContext {

    private final Problems problems;
    private final Problems warnings;

    ReadContext(String source) {
        this.problems = new Problems(source);
        this.warnings = new Problems(source);
    }

    Problems problems() {
        return problems;
    }

    Problems warnings() {
        return warnings;
    }

    /** A warning about a value, or about the whole object when the key is not given. */
    void warn(ObjectView v, String key, String message) {
        Optional<JsonNode> node = v.node(key);
        if (node.isPresent()) {
            warnings.add(node.get(), message);
        } else {
            warnings.add(v.position(), v.path(), message);
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }
}
