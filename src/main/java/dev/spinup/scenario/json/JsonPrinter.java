package dev.spinup.scenario.json;

import com.google.gson.FormattingStyle;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link JsonNode} tree as pretty JSON text for saving: two-space indent, keys in their order, numbers
 * exactly as their literal, a final newline. Reading the text back gives a tree with the {@link JsonNode#sameContent
 * same content}.
 */
public final class JsonPrinter {

    private JsonPrinter() {
    }

    /** The JSON text of {@code node}. Recursion depth is the tree's depth, which the reader bounds. */
    public static String print(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = new JsonWriter(out)) {
            writer.setFormattingStyle(FormattingStyle.PRETTY.withIndent("  ").withNewline("\n"));
            writer.setStrictness(Strictness.STRICT);
            writer.setHtmlSafe(false);
            writer.setSerializeNulls(true);
            write(node, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, JsonWriter writer) throws IOException {
        if (node instanceof ObjectNode object) {
            writer.beginObject();
            for (ObjectNode.Member member : object.members()) {
                writer.name(member.key());
                write(member.value(), writer);
            }
            writer.endObject();
        } else if (node instanceof ArrayNode array) {
            writer.beginArray();
            for (JsonNode element : array.elements()) {
                write(element, writer);
            }
            writer.endArray();
        } else if (node instanceof StringNode text) {
            writer.value(text.value());
        } else if (node instanceof NumberNode number) {
            writer.jsonValue(number.literal());
        } else if (node instanceof BooleanNode bool) {
            writer.value(bool.value());
        } else {
            writer.nullValue();
        }
    }
}
