package dev.spinup.scenario.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link JsonNode} tree from text with Gson's strict {@link JsonReader}, tracking positions and paths and
 * enforcing {@link ReadLimits}. Iterative with an explicit stack, so nesting depth never reaches the Java stack.
 * A syntax error or exceeded limit stops reading (recorded as one problem); duplicate keys and over-long texts are
 * recorded and reading goes on, so they are reported together with everything found later.
 */
final class TreeParser {

    /** What the reader was about to read when something went wrong; decides how an error is explained. */
    enum Expecting { VALUE, ELEMENT, NAME, TEXT, END_OF_DOCUMENT }

    /** An object or array that is open; {@code start} is the offset of its bracket. */
    private abstract static class Frame {
        final JsonPath path;
        final int start;
        int read;

        Frame(JsonPath path, int start) {
            this.path = path;
            this.start = start;
        }
    }

    private static final class ObjectFrame extends Frame {
        final List<ObjectNode.Member> members = new ArrayList<>();
        final Map<String, SourcePosition> seen = new HashMap<>();
        String pendingKey;
        SourcePosition pendingKeyPosition;
        boolean pendingIsDuplicate;

        ObjectFrame(JsonPath path, int start) {
            super(path, start);
        }
    }

    private static final class ArrayFrame extends Frame {
        final List<JsonNode> elements = new ArrayList<>();

        ArrayFrame(JsonPath path, int start) {
            super(path, start);
        }
    }

    /** Thrown after a fatal problem has been recorded, to stop reading. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final SourceText source;
    private final ReadLimits limits;
    private final Problems problems;
    private final JsonReader reader;
    private final Deque<Frame> open = new ArrayDeque<>();
    private int values;

    // where we are, for explaining a syntax error
    private Expecting expecting = Expecting.VALUE;
    private JsonPath expectedPath = JsonPath.ROOT;
    private JsonPath lastValuePath = JsonPath.ROOT;
    private int before;
    private int tokenStart;

    TreeParser(SourceText source, ReadLimits limits, Problems problems) {
        this.source = source;
        this.limits = limits;
        this.problems = problems;
        this.reader = new JsonReader(new StringReader(source.text()));
        reader.setStrictness(Strictness.STRICT);
        // our own depth check runs first; Gson's must never be the one that trips
        reader.setNestingLimit(Math.max(limits.maxDepth() + 2, reader.getNestingLimit()));
    }

    /** The tree, or empty when reading had to stop (the reason is in the problems). */
    Optional<JsonNode> parse() {
        try {
            return Optional.of(readDocument());
        } catch (Stop stop) {
            return Optional.empty();
        } catch (IOException gsonRefused) {
            // MalformedJsonException or EOFException: bad syntax. A RuntimeException would be a bug here, not bad
            // input, so it is deliberately not caught (the robustness property tests would catch it instead).
            SyntaxErrors.Explanation e = SyntaxErrors.explain(gsonRefused, situation());
            problems.add(source.position(e.offset()), e.path(), e.message());
            return Optional.empty();
        }
    }

    private JsonNode readDocument() throws IOException, Stop {
        JsonNode root = null;
        while (root == null || !open.isEmpty()) {
            Frame top = open.peek();
            if (top instanceof ObjectFrame object && object.pendingKey == null) {
                expect(Expecting.NAME, object.path);
                if (reader.peek() == JsonToken.END_OBJECT) {
                    reader.endObject();
                    root = attach(close(), root);
                } else {
                    readKey(object);
                }
                continue;
            }
            JsonPath path;
            if (top instanceof ArrayFrame array) {
                path = array.path.index(array.elements.size());
                expect(Expecting.ELEMENT, path);
                if (reader.peek() == JsonToken.END_ARRAY) {
                    reader.endArray();
                    root = attach(close(), root);
                    continue;
                }
                if (array.elements.size() >= limits.maxArrayLength()) {
                    fatal(tokenStart(), array.path, "this array has more than " + limits.maxArrayLength()
                            + " elements, the most a scenario file may hold in one array");
                }
            } else {
                path = top == null ? JsonPath.ROOT : top.path.key(((ObjectFrame) top).pendingKey);
                expect(Expecting.VALUE, path);
                reader.peek();
            }
            Optional<JsonNode> scalar = readValue(path);
            if (scalar.isPresent()) {
                root = attach(scalar.get(), root);
            }
        }
        expect(Expecting.END_OF_DOCUMENT, JsonPath.ROOT);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            // Gson in strict mode throws before getting here; kept so trailing text can never slip through
            throw new MalformedJsonException("trailing data");
        }
        return root;
    }

    /** Reads a scalar, or opens a container (returning empty: it is attached when it closes). */
    private Optional<JsonNode> readValue(JsonPath path) throws IOException, Stop {
        int start = tokenStart();
        SourcePosition position = source.position(start);
        if (++values > limits.maxValues()) {
            fatal(start, path, "the file holds more than " + limits.maxValues() + " values, the most a scenario file may hold");
        }
        JsonToken token = reader.peek();
        switch (token) {
            case BEGIN_OBJECT, BEGIN_ARRAY -> {
                if (open.size() >= limits.maxDepth()) {
                    fatal(start, path, "objects and arrays are nested more than " + limits.maxDepth()
                            + " levels deep, the most a scenario file may have");
                }
                if (token == JsonToken.BEGIN_OBJECT) {
                    reader.beginObject();
                    open.push(new ObjectFrame(path, start));
                } else {
                    reader.beginArray();
                    open.push(new ArrayFrame(path, start));
                }
                return Optional.empty();
            }
            case STRING -> {
                expecting = Expecting.TEXT;
                String value = reader.nextString();
                checkLength(value, start, path, "text");
                return Optional.of(new StringNode(position, path, value));
            }
            case NUMBER -> {
                reader.nextString();
                String literal = source.text().substring(start, GsonLocation.offset(reader));
                try {
                    return Optional.of(new NumberNode(position, path, literal));
                } catch (IllegalArgumentException exponentTooLarge) {
                    fatal(start, path, "the number " + Quote.escape(literal, '"') + " is too large or too small to read");
                    return Optional.empty();
                }
            }
            case BOOLEAN -> {
                return Optional.of(new BooleanNode(position, path, reader.nextBoolean()));
            }
            case NULL -> {
                reader.nextNull();
                return Optional.of(new NullNode(position, path));
            }
            default -> throw new IllegalStateException("unexpected " + token);
        }
    }

    private void readKey(ObjectFrame object) throws IOException, Stop {
        int start = tokenStart();
        if (object.read >= limits.maxMembers()) {
            fatal(start, object.path, "this object has more than " + limits.maxMembers()
                    + " fields, the most a scenario file may hold in one object");
        }
        expecting = Expecting.TEXT;
        String key = reader.nextName();
        SourcePosition position = source.position(start);
        checkLength(key, start, object.path, "field name");
        object.read++;
        SourcePosition first = object.seen.putIfAbsent(key, position);
        object.pendingKey = key;
        object.pendingKeyPosition = position;
        object.pendingIsDuplicate = first != null;
        if (first != null) {
            problems.add(position, object.path.key(key), "duplicate field " + Quote.name(key)
                    + ": it is already given at line " + first.line() + ", column " + first.column());
        }
    }

    private JsonNode attach(JsonNode node, JsonNode root) {
        lastValuePath = node.path();
        Frame top = open.peek();
        if (top == null) {
            return node;
        }
        if (top instanceof ObjectFrame object) {
            if (!object.pendingIsDuplicate) {
                object.members.add(new ObjectNode.Member(object.pendingKey, object.pendingKeyPosition, node));
            }
            object.pendingKey = null;
        } else {
            ((ArrayFrame) top).elements.add(node);
            top.read++;
        }
        return root;
    }

    private JsonNode close() {
        Frame frame = open.pop();
        SourcePosition position = source.position(frame.start);
        if (frame instanceof ObjectFrame object) {
            return new ObjectNode(position, frame.path, object.members);
        }
        return new ArrayNode(position, frame.path, ((ArrayFrame) frame).elements);
    }

    private void checkLength(String text, int start, JsonPath path, String what) {
        if (text.length() > limits.maxStringLength()) {
            problems.add(source.position(start), path, "this " + what + " is " + text.length()
                    + " characters long; a scenario file allows at most " + limits.maxStringLength());
        }
    }

    private void expect(Expecting what, JsonPath path) {
        expecting = what;
        expectedPath = path;
        before = GsonLocation.offset(reader);
        tokenStart = -1;
    }

    /** Where the token being read starts: after the separator and whitespace that follow the previous token. */
    private int tokenStart() {
        if (tokenStart < 0) {
            int i = source.skipWhitespace(before);
            if (source.charAt(i) == expectedSeparator()) {
                i = source.skipWhitespace(i + 1);
            }
            tokenStart = i;
        }
        return tokenStart;
    }

    private int expectedSeparator() {
        Frame top = open.peek();
        return switch (expecting) {
            case NAME, ELEMENT -> top != null && top.read > 0 ? ',' : -1;
            case VALUE -> top instanceof ObjectFrame ? ':' : -1;
            default -> -1;
        };
    }

    private void fatal(int offset, JsonPath path, String message) throws Stop {
        problems.add(source.position(offset), path, message);
        throw new Stop();
    }

    private SyntaxErrors.Situation situation() {
        Optional<SyntaxErrors.OpenContainer> innermost = Optional.ofNullable(open.peek()).map(f ->
                new SyntaxErrors.OpenContainer(f instanceof ObjectFrame, source.position(f.start), f.path));
        int start = expecting == Expecting.TEXT ? tokenStart : tokenStart();
        return new SyntaxErrors.Situation(source, expecting, expectedPath, lastValuePath, before,
                expectedSeparator(), start, GsonLocation.offset(reader), innermost);
    }
}
