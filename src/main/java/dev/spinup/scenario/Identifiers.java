package dev.spinup.scenario;

import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of the names a file gives things: stack ids and host names are short words ("vm", "rack-a"), image
 * references look like Docker's ("shop:v1", "library/python:3.12-slim"). Names are repeated in messages and on
 * charts, so they are kept to characters that print safely.
 */
final class Identifiers {

    static final Pattern WORD = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,38}[A-Za-z0-9])?");
    static final Pattern IMAGE_REFERENCE = Pattern.compile(
            "[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");
    private static final int MAX_REFERENCE = 200;
    private static final int MAX_LABEL = 60;

    private Identifiers() {
    }

    /** A stack id or host name: letters, digits, '.', '_' and '-', up to 40 characters. */
    static Optional<String> word(ObjectView v, String key, boolean required, String what) {
        Optional<String> text = text(v, key, required);
        if (text.isPresent() && !WORD.matcher(text.get()).matches()) {
            v.problem(key, "a " + what + " must be a short name of letters, digits, '.', '_' and '-', such as"
                    + " \"rack-a\", not " + Quote.text(text.get()));
            return Optional.empty();
        }
        return text;
    }

    /** An image reference as Docker writes one: lower-case name, optional path, optional tag. */
    static Optional<String> imageReference(ObjectView v, String key, boolean required) {
        Optional<String> text = text(v, key, required);
        if (text.isPresent() && !isImageReference(text.get())) {
            v.problem(key, Quote.name(key) + " must be an image reference such as \"shop:v1\" (lower-case name,"
                    + " then an optional :tag), not " + Quote.text(text.get()));
            return Optional.empty();
        }
        return text;
    }

    /** A label shown on charts and in messages: one line of at most 60 characters. */
    static Optional<String> label(ObjectView v, String key) {
        Optional<String> text = v.optionalString(key);
        if (text.isPresent() && (text.get().isBlank() || text.get().length() > MAX_LABEL
                || text.get().codePoints().anyMatch(Identifiers::isControl))) {
            v.problem(key, Quote.name(key) + " must be one line of 1 to " + MAX_LABEL + " characters, not "
                    + Quote.text(text.get()));
            return Optional.empty();
        }
        return text;
    }

    private static boolean isControl(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT || type == Character.SURROGATE;
    }

    /** The text of {@code key}; a missing required key or a value that is not text is reported once. */
    static Optional<String> text(ObjectView v, String key, boolean required) {
        if (required && !v.has(key)) {
            v.requiredString(key);
            return Optional.empty();
        }
        return v.optionalString(key);
    }

    static boolean isImageReference(String text) {
        return text.length() <= MAX_REFERENCE && IMAGE_REFERENCE.matcher(text).matches();
    }
}
