package dev.spinup.scenario.json;

import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns Gson's refusal of malformed text into one plain sentence at the right place: "missing comma or closing
 * brace `}` after this value", "comments are not allowed in scenario files", never Gson's advice to turn on
 * lenient mode nor its troubleshooting link. The place is found by looking at the text itself, because Gson stops
 * at different distances from the culprit depending on what went wrong.
 */
final class SyntaxErrors {

    /** An object or array still open when reading failed. */
    record OpenContainer(boolean isObject, SourcePosition start, JsonPath path) {
    }

    /**
     * Everything known at the failure.
     *
     * @param before     offset just past the last token read successfully
     * @param separator  the separator that may legally follow it ({@code ,} or {@code :}), or -1
     * @param tokenStart where the offending token starts (for text: its opening quote)
     * @param gsonOffset where Gson stopped
     */
    record Situation(SourceText source, TreeParser.Expecting expecting, JsonPath expectedPath, JsonPath lastValuePath,
                     int before, int separator, int tokenStart, int gsonOffset, Optional<OpenContainer> innermost) {
    }

    /** One explained problem: where, which value, what. */
    record Explanation(int offset, JsonPath path, String message) {
    }

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final int LONGEST_GSON_NUMBER = 1024;
    private static final String COMMENTS = "comments are not allowed in scenario files";
    private static final String ESCAPES = "use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hex digits";

    private SyntaxErrors() {
    }

    static Explanation explain(Exception refusal, Situation s) {
        String gson = gsonWording(refusal);
        if (s.expecting() == TreeParser.Expecting.END_OF_DOCUMENT) {
            return trailing(s);
        }
        if (refusal instanceof EOFException || gson.startsWith("End of input")) {
            return endOfFile(s);
        }
        if (s.expecting() == TreeParser.Expecting.TEXT) {
            return inText(gson, s);
        }
        if (gson.startsWith("Unterminated object") || gson.startsWith("Unterminated array")) {
            return unterminated(gson.startsWith("Unterminated object") ? '}' : ']', s);
        }
        if (gson.startsWith("Expected ':'")) {
            String key = s.expectedPath().lastKey().map(k -> " " + Quote.name(k)).orElse("");
            return new Explanation(s.before(), s.expectedPath(), "missing colon `:` after the field name" + key);
        }
        if (refusal instanceof MalformedJsonException && (gson.startsWith("Use JsonReader.setStrictness")
                || gson.startsWith("Expected name") || gson.startsWith("Expected value")
                || gson.startsWith("Unexpected value"))) {
            return unexpectedToken(s);
        }
        if (gson.startsWith("Nesting limit")) {
            return new Explanation(s.tokenStart(), s.expectedPath(), "objects and arrays are nested too deeply");
        }
        return new Explanation(s.tokenStart(), s.expectedPath(), "this is not valid JSON ("
                + Quote.escape(gson.isEmpty() ? refusal.getClass().getSimpleName() : gson, '"') + ")");
    }

    private static Explanation trailing(Situation s) {
        int at = s.source().skipWhitespace(s.before());
        String message = startsComment(s.source(), at) ? COMMENTS
                : "trailing text after the end of the document; a scenario file holds exactly one JSON object";
        return new Explanation(at, JsonPath.ROOT, message);
    }

    private static Explanation endOfFile(Situation s) {
        int end = s.source().length();
        if (s.expecting() == TreeParser.Expecting.TEXT) {
            return new Explanation(s.tokenStart(), s.expectedPath(),
                    "unterminated string: the file ends before the closing quote `\"`");
        }
        if (s.innermost().isEmpty()) {
            return new Explanation(end, JsonPath.ROOT, "the file is empty; a scenario file holds one JSON object { ... }");
        }
        OpenContainer open = s.innermost().get();
        String what = open.isObject() ? "the object" : "the array";
        char bracket = open.isObject() ? '}' : ']';
        return new Explanation(end, open.path(), "the file ends too early: " + what + " that starts at line "
                + open.start().line() + ", column " + open.start().column() + " is never closed with `" + bracket + "`");
    }

    private static Explanation inText(String gson, Situation s) {
        SourceText text = s.source();
        int quote = s.tokenStart();
        if (gson.startsWith("Unterminated string")) {
            return new Explanation(quote, s.expectedPath(), "unterminated string: the file ends before the closing quote `\"`");
        }
        if (gson.startsWith("Unescaped control characters")) {
            int at = quote + 1;
            while (at < text.length() && text.charAt(at) >= 0x20) {
                at++;
            }
            int c = text.charAt(at);
            if (c == '\n' || c == '\r' || c < 0) {
                return new Explanation(quote, s.expectedPath(),
                        "unterminated string: the closing quote `\"` is missing before the end of the line");
            }
            return new Explanation(at, s.expectedPath(), describe(c) + " inside a string must be written as "
                    + (c == '\t' ? "\\t" : String.format("\\u%04x", c)));
        }
        if (gson.startsWith("Unpaired surrogate")) {
            return new Explanation(quote, s.expectedPath(), "this string holds an invalid Unicode character (an unpaired surrogate)");
        }
        int backslash = Math.max(quote, Math.min(s.gsonOffset(), text.length()) - 1);
        while (backslash > quote && text.charAt(backslash) != '\\') {
            backslash--;
        }
        String escape = text.text().substring(backslash, Math.min(text.length(), backslash + (text.charAt(backslash + 1) == 'u' ? 6 : 2)));
        String shown = Quote.name(escape);
        String message;
        if (gson.startsWith("Unterminated escape")) {
            message = "the file ends inside the escape " + shown;
        } else if (gson.startsWith("Cannot escape a newline")) {
            message = "a backslash cannot continue a string on the next line; write \\n for a line break";
        } else if (gson.startsWith("Malformed Unicode escape")) {
            message = shown + " is not a valid escape: \\u needs four hex digits, as in \\u00e9";
        } else {
            message = shown + " is not a valid escape; " + ESCAPES;
        }
        return new Explanation(backslash, s.expectedPath(), message);
    }

    private static Explanation unterminated(char closing, Situation s) {
        int at = s.source().skipWhitespace(s.before());
        int c = s.source().codePointAt(at);
        String bracket = closing == '}' ? "closing brace `}`" : "closing bracket `]`";
        if (startsComment(s.source(), at)) {
            return new Explanation(at, s.expectedPath(), COMMENTS);
        }
        if (startsValue(c)) {
            return new Explanation(s.before(), s.lastValuePath(), "missing comma or " + bracket + " after this value");
        }
        return new Explanation(at, s.expectedPath(), "expected a comma or " + bracket + " but found " + describe(c));
    }

    /** The token at {@code tokenStart} cannot start what was expected; say what it is and what to write instead. */
    private static Explanation unexpectedToken(Situation s) {
        SourceText text = s.source();
        int at = s.tokenStart();
        int c = text.codePointAt(at);
        JsonPath path = s.expectedPath();
        boolean name = s.expecting() == TreeParser.Expecting.NAME;
        if (startsComment(text, at) || c == '#') {
            return new Explanation(at, path, COMMENTS);
        }
        if (c == '\'') {
            return new Explanation(at, path, "use double quotes `\"` around " + (name ? "field names" : "text")
                    + ", not single quotes");
        }
        if ((c == ']' || c == '}') && s.separator() == ',' && text.charAt(s.source().skipWhitespace(s.before())) == ',') {
            int comma = text.skipWhitespace(s.before());
            return new Explanation(comma, s.lastValuePath(), "a comma before `" + (char) c + "` is not allowed; remove the last comma");
        }
        if (c == '=') {
            return new Explanation(at, path, "use a colon `:` between a field name and its value, not `=`");
        }
        if (c == ';') {
            return new Explanation(at, path, "use a comma `,` between values, not `;`");
        }
        String word = wordAt(text, at);
        if (word.isEmpty()) {
            String wanted = name ? "a field name in double quotes" : "a value";
            return new Explanation(at, path, "expected " + wanted + " but found " + describe(c));
        }
        if (name) {
            return new Explanation(at, path, "field names must be in double quotes: write " + Quote.text(word));
        }
        return unquotedWord(word, at, s);
    }

    private static Explanation unquotedWord(String word, int at, Situation s) {
        JsonPath path = s.expectedPath();
        if (List.of("NaN", "Infinity", "-Infinity", "+Infinity").contains(word)) {
            return new Explanation(at, path, Quote.name(word) + " is not allowed: JSON has no NaN or infinity");
        }
        for (String literal : List.of("true", "false", "null")) {
            if (literal.equalsIgnoreCase(word)) {
                return new Explanation(at, path, "write " + Quote.name(literal) + " in lower case");
            }
        }
        char first = word.charAt(0);
        if (Character.isDigit(first) || first == '-' || first == '+' || first == '.') {
            if (word.length() >= LONGEST_GSON_NUMBER) {
                return new Explanation(at, path, "this number has more than 1000 digits; that is too long to read");
            }
            if (JSON_NUMBER.matcher(word).matches()) {
                int after = at + word.length();
                int next = s.source().codePointAt(after);
                if (next == ';') {
                    return new Explanation(after, path, "use a comma `,` between values, not `;`");
                }
                return new Explanation(after, path, "unexpected " + describe(next) + " after the number " + word);
            }
            return new Explanation(at, path, Quote.name(word)
                    + " is not a valid number; write numbers like 42, -7, 1.5 or 2e6 (no leading zeros, no +)");
        }
        String advice = Suggestions.closest(word, List.of("true", "false", "null"))
                .map(m -> "; did you mean " + Quote.name(m) + "?")
                .orElseGet(() -> ": put text in double quotes, as in " + Quote.text(word));
        return new Explanation(at, path, "unquoted text " + Quote.name(word) + advice);
    }

    private static String wordAt(SourceText text, int at) {
        int end = at;
        while (end < text.length() && end - at <= LONGEST_GSON_NUMBER && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.text().substring(at, end);
    }

    private static boolean isWordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '+' || c == '.';
    }

    private static boolean startsValue(int c) {
        return c == '"' || c == '{' || c == '[' || c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n';
    }

    private static boolean startsComment(SourceText text, int at) {
        return text.charAt(at) == '#'
                || text.charAt(at) == '/' && (text.charAt(at + 1) == '/' || text.charAt(at + 1) == '*');
    }

    /** A character as words: "`]`", "the end of the file", "a control character (U+0000)". */
    static String describe(int c) {
        if (c < 0) {
            return "the end of the file";
        }
        if (c == '\t') {
            return "a tab";
        }
        if (c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
            return String.format("a control character (U+%04X)", c);
        }
        return c == '`' ? "a backquote" : "`" + new String(Character.toChars(c)) + "`";
    }

    /** Gson's own sentence without its location suffix and troubleshooting link. */
    private static String gsonWording(Exception refusal) {
        String message = refusal.getMessage() == null ? "" : refusal.getMessage();
        int cut = message.indexOf(" at line ");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
