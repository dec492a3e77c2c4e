package dev.spinup.scenario.json;

import java.util.Objects;

/** A JSON {@code true} or {@code false}. */
public record BooleanNode(SourcePosition position, JsonPath path, boolean value) implements JsonNode {

    public BooleanNode {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
        return Boolean.toString(value);
    }
}
