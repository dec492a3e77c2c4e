package dev.spinup.scenario.json;

import java.util.List;
import java.util.Objects;

/** A JSON array and its elements in order. */
public record ArrayNode(SourcePosition position, JsonPath path, List<JsonNode> elements) implements JsonNode {

    public ArrayNode {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
        elements = List.copyOf(elements);
    }

    @Override
    public String describe() {
        return "an array";
    }
}
