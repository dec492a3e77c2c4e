package dev.spinup.scenario.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Collects every problem found in one scenario file, so reading carries on after the first and the user sees all
 * of them at once. Not thread-safe: one collector per file being read.
 */
public final class Problems {

    private final String source;
    private final List<Problem> found = new ArrayList<>();

    /** @param source how the file is named in messages, e.g. {@code "lesson.json"} or the path as the user gave it */
    public Problems(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public String source() {
        return source;
    }

    /** Records a problem about {@code node}, at its position and path. */
    public void add(JsonNode node, String message) {
        add(node.position(), node.path(), message);
    }

    public void add(SourcePosition position, JsonPath path, String message) {
        found.add(new Problem(source, position, path, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /** Every problem so far, by position in the file; problems at the same place keep the order they were found. */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Problem::position));
        return List.copyOf(sorted);
    }

    /** Throws when any problem was recorded; call it once reading is complete, before using what was read. */
    public void throwIfAny() throws ScenarioFileException {
        if (!found.isEmpty()) {
            throw new ScenarioFileException(sorted());
        }
    }
}
