package dev.spinup.scenario.json;

/**
 * One value of a scenario file as read, with where it was written: unlike Gson's {@code JsonElement} every node
 * keeps its {@link SourcePosition} and {@link JsonPath}, so later checks can point at the exact line and column.
 */
public sealed interface JsonNode permits ObjectNode, ArrayNode, StringNode, NumberNode, BooleanNode, NullNode {

    /** Where the value starts in the file ({@link SourcePosition#UNKNOWN} for nodes built in code). */
    SourcePosition position();

    /** Where the value sits in the document. */
    JsonPath path();

    /** What the value is, for messages: "an object", "text \"many\"", "the number 1.5", "null". */
    String describe();

    /**
     * Whether {@code other} holds the same JSON: same kinds, same key order, equal texts, numerically equal numbers;
     * positions and paths are ignored, so a document equals itself after a save and reload.
     */
    default boolean sameContent(JsonNode other) {
        return SameContent.test(this, other);
    }
}
