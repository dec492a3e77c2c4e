package dev.spinup.scenario.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Where a value sits in a JSON document, written like {@code $.workload.instances} or {@code $.stacks[1].profile};
 * keys that are not plain words are written {@code $['odd key']}. Immutable; each path links to its parent.
 */
public final class JsonPath {

    /** The whole document. */
    public static final JsonPath ROOT = new JsonPath(null, null, -1);

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private final JsonPath parent;
    private final String key;
    private final int index;
    private final int depth;
    private final int hash;

    private JsonPath(JsonPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.hash = parent == null ? 17 : 31 * parent.hash + (key != null ? key.hashCode() : index);
    }

    /** The path of member {@code key} of the object at this path. */
    public JsonPath key(String key) {
        return new JsonPath(this, Objects.requireNonNull(key, "key"), -1);
    }

    /** The path of element {@code index} (0-based) of the array at this path. */
    public JsonPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("an array index cannot be negative: " + index);
        }
        return new JsonPath(this, null, index);
    }

    /** The enclosing path, empty for the root. */
    public Optional<JsonPath> parent() {
        return Optional.ofNullable(parent);
    }

    /** The key of the last step when it is an object member. */
    public Optional<String> lastKey() {
        return Optional.ofNullable(key);
    }

    /** The index of the last step when it is an array element. */
    public OptionalInt lastIndex() {
        return parent != null && key == null ? OptionalInt.of(index) : OptionalInt.empty();
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** How many steps from the root: 0 for {@code $}, 2 for {@code $.workload.instances}. */
    public int depth() {
        return depth;
    }

    /**
     * A short name for messages: the last key ({@code `instances`}), an element with its array's key
     * ({@code `stacks[1]`}), or "the document" for the root.
     */
    public String label() {
        if (parent == null) {
            return "the document";
        }
        if (key != null) {
            return Quote.name(key);
        }
        return parent.lastKey().map(k -> "`" + Quote.escape(k, '`') + "[" + index + "]`")
                .orElseGet(() -> "element [" + index + "]");
    }

    @Override
    public String toString() {
        Deque<JsonPath> steps = new ArrayDeque<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) {
            steps.push(p);
        }
        StringBuilder b = new StringBuilder("$");
        for (JsonPath step : steps) {
            if (step.key == null) {
                b.append('[').append(step.index).append(']');
            } else if (PLAIN_KEY.matcher(step.key).matches() && step.key.length() <= Quote.MAX_SHOWN) {
                b.append('.').append(step.key);
            } else {
                b.append("['").append(Quote.escape(step.key, '\'')).append("']");
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonPath other) || other.hash != hash || other.depth != depth) {
            return false;
        }
        JsonPath a = this;
        JsonPath b = other;
        while (a != null) {
            if (a == b) {
                return true;
            }
            if (a.index != b.index || !Objects.equals(a.key, b.key)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
