package dev.spinup.scenario.json;

import java.util.Objects;

/** A JSON {@code null}. */
public record NullNode(SourcePosition position, JsonPath path) implements JsonNode {

    public NullNode {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
        return "null";
    }
}
