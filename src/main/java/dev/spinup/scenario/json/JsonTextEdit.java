package dev.spinup.scenario.json;

import java.util.Objects;

/**
 * Changes a JSON text where a value was written, so that every other character (spacing, key order, line ends,
 * the way numbers were spelled) stays as the teacher wrote it. The nodes given must have been read from this very
 * text: their positions say where to cut.
 */
public final class JsonTextEdit {

    private JsonTextEdit() {
    }

    /** {@code text} with the value {@code node} was read from replaced by {@code value}. */
    public static String replace(String text, JsonNode node, JsonNode value) {
        int start = offset(text, node.position());
        int end = valueEnd(text, start);
        String literal = literal(value, indentOfLine(text, start), newline(text));
        return text.substring(0, start) + literal + text.substring(end);
    }

    /**
     * {@code text} with a member {@code "key": value} added as the last member of {@code object}, laid out like the
     * members before it (on its own line with their indentation, or on the same line when they are).
     */
    public static String insert(String text, ObjectNode object, String key, JsonNode value) {
        Objects.requireNonNull(key, "key");
        String newline = newline(text);
        int open = offset(text, object.position());
        int close = valueEnd(text, open) - 1;
        String name = JsonPrinter.print(new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, key)).strip();
        if (object.members().isEmpty()) {
            String indent = indentOfLine(text, open);
            String inner = indent + "  ";
            String member = name + ": " + literal(value, inner, newline);
            return text.substring(0, open + 1) + newline + inner + member + newline + indent + text.substring(close);
        }
        ObjectNode.Member last = object.members().get(object.members().size() - 1);
        int lastKey = offset(text, last.keyPosition());
        int lastEnd = valueEnd(text, offset(text, last.value().position()));
        boolean ownLines = lineStart(text, lastKey) > open;
        String indent = ownLines ? indentOfLine(text, lastKey) : indentOfLine(text, open);
        String separator = ownLines ? "," + newline + indent : ", ";
        return text.substring(0, lastEnd) + separator + name + ": " + literal(value, indent, newline)
                + text.substring(lastEnd);
    }

    /** The character offset of a position the reader gave (columns count code points; a byte order mark is skipped). */
    static int offset(String text, SourcePosition position) {
        if (position.line() < 1 || position.column() < 1) {
            throw new IllegalArgumentException("the value has no position in the text: " + position);
        }
        int at = text.startsWith("\ufeff") ? 1 : 0;
        for (int line = 1; line < position.line(); line++) {
            int next = text.indexOf('\n', at);
            if (next < 0) {
                throw new IllegalArgumentException("the text has no line " + position.line());
            }
            at = next + 1;
        }
        return text.offsetByCodePoints(at, position.column() - 1);
    }

    /** Just past the end of the JSON value that starts at {@code start}. */
    static int valueEnd(String text, int start) {
        char first = text.charAt(start);
        if (first == '"') {
            return stringEnd(text, start);
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    i = stringEnd(text, i) - 1;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("the object or array at offset " + start + " is not closed");
        }
        int i = start;
        while (i < text.length() && ",]} \t\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int stringEnd(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("the text at offset " + start + " is not closed");
    }

    /** The value as JSON, its second and later lines indented to sit under the line it starts on. */
    private static String literal(JsonNode value, String indent, String newline) {
        String printed = JsonPrinter.print(value).stripTrailing();
        return printed.replace("\n", newline + indent);
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static String indentOfLine(String text, int offset) {
        int start = lineStart(text, offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, Math.min(end, offset)).replace("\ufeff", "");
    }

    private static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
