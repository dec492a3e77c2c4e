package dev.spinup.scenario.json;

/**
 * Puts untrusted text from a scenario file into a one-line message safely: line breaks and other control
 * characters are escaped and long text is shortened, so a problem report always stays one readable line.
 */
public final class Quote {

    /** Longer text is cut with an ellipsis: a message names the culprit, it does not repeat it. */
    static final int MAX_SHOWN = 40;

    private Quote() {
    }

    /** A field name, enum name or other identifier: {@code `instances`}; backslashes are shown as written. */
    public static String name(String text) {
        return "`" + escape(text, '`') + "`";
    }

    /** A text value as JSON would write it: {@code "64 gigs"}. */
    public static String text(String text) {
        return "\"" + escape(text, '"') + "\"";
    }

    /** Escapes and shortens without adding quotes. */
    static String escape(String text, char quote) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == MAX_SHOWN) {
                b.append('\u2026');
                break;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            switch (cp) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append(quote == '`' ? "\\" : "\\\\");
                default -> {
                    if (cp == quote) {
                        b.append('\\').append(quote);
                    } else if (needsEscape(cp)) {
                        b.append(String.format("\\u%04X", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Control characters, line and paragraph separators, and lone surrogates never reach a message raw. */
    private static boolean needsEscape(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.FORMAT;
    }
}
