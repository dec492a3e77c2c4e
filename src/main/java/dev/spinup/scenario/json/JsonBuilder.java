package dev.spinup.scenario.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a {@link JsonNode} tree in code, for saving a scenario: paths are filled in when the tree is built and
 * positions are {@link SourcePosition#UNKNOWN}.
 * <pre>{@code
 * JsonNode tree = JsonBuilder.object()
 *         .put("title", "Boot race")
 *         .put("workload", JsonBuilder.object().put("instances", 20).put("delay", "250 ms"))
 *         .build();
 * }</pre>
 */
public final class JsonBuilder {

    private JsonBuilder() {
    }

    public static ObjectBuilder object() {
        return new ObjectBuilder();
    }

    public static ArrayBuilder array() {
        return new ArrayBuilder();
    }

    /** A value not yet placed: it becomes a node once its path is known. */
    private interface Pending extends Function<JsonPath, JsonNode> {
    }

    private static Pending text(String value) {
        return path -> new StringNode(SourcePosition.UNKNOWN, path, value);
    }

    private static Pending number(BigDecimal value) {
        return path -> new NumberNode(SourcePosition.UNKNOWN, path, value.toString());
    }

    private static Pending number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no NaN or infinity: " + value);
        }
        return number(BigDecimal.valueOf(value));
    }

    private static Pending bool(boolean value) {
        return path -> new BooleanNode(SourcePosition.UNKNOWN, path, value);
    }

    /** An object under construction; putting a key twice keeps the first position and the last value. */
    public static final class ObjectBuilder {
        private final Map<String, Pending> members = new LinkedHashMap<>();

        private ObjectBuilder() {
        }

        public ObjectBuilder put(String key, String value) {
            return with(key, text(value));
        }

        public ObjectBuilder put(String key, long value) {
            return with(key, number(BigDecimal.valueOf(value)));
        }

        public ObjectBuilder put(String key, double value) {
            return with(key, number(value));
        }

        public ObjectBuilder put(String key, BigDecimal value) {
            return with(key, number(value));
        }

        public ObjectBuilder put(String key, boolean value) {
            return with(key, bool(value));
        }

        public ObjectBuilder put(String key, ObjectBuilder value) {
            return with(key, value::build);
        }

        public ObjectBuilder put(String key, ArrayBuilder value) {
            return with(key, value::build);
        }

        public ObjectBuilder putNull(String key) {
            return with(key, path -> new NullNode(SourcePosition.UNKNOWN, path));
        }

        private ObjectBuilder with(String key, Pending value) {
            members.put(key, value);
            return this;
        }

        /** The tree, as the document root. */
        public ObjectNode build() {
            return build(JsonPath.ROOT);
        }

        private ObjectNode build(JsonPath path) {
            List<ObjectNode.Member> built = new ArrayList<>();
            members.forEach((key, value) ->
                    built.add(new ObjectNode.Member(key, SourcePosition.UNKNOWN, value.apply(path.key(key)))));
            return new ObjectNode(SourcePosition.UNKNOWN, path, built);
        }
    }

    /** An array under construction. */
    public static final class ArrayBuilder {
        private final List<Pending> elements = new ArrayList<>();

        private ArrayBuilder() {
        }

        public ArrayBuilder add(String value) {
            return with(text(value));
        }

        public ArrayBuilder add(long value) {
            return with(number(BigDecimal.valueOf(value)));
        }

        public ArrayBuilder add(double value) {
            return with(number(value));
        }

        public ArrayBuilder add(boolean value) {
            return with(bool(value));
        }

        public ArrayBuilder add(ObjectBuilder value) {
            return with(value::build);
        }

        public ArrayBuilder add(ArrayBuilder value) {
            return with(value::build);
        }

        private ArrayBuilder with(Pending value) {
            elements.add(value);
            return this;
        }

        /** The tree, as the document root. */
        public ArrayNode build() {
            return build(JsonPath.ROOT);
        }

        private ArrayNode build(JsonPath path) {
            List<JsonNode> built = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                built.add(elements.get(i).apply(path.index(i)));
            }
            return new ArrayNode(SourcePosition.UNKNOWN, path, built);
        }
    }
}
