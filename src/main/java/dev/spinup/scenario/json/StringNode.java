package dev.spinup.scenario.json;

import java.util.Objects;

/** A JSON string. */
public record StringNode(SourcePosition position, JsonPath path, String value) implements JsonNode {

    public StringNode {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
        requireWellFormed(Objects.requireNonNull(value, "value"));
    }

    @Override
    public String describe() {
        return "text " + Quote.text(value);
    }

    /** Unpaired surrogates cannot be saved as UTF-8; the reader rejects them, so built trees must not hold them. */
    static void requireWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("text holds an unpaired surrogate at index " + i);
            }
        }
    }
}
