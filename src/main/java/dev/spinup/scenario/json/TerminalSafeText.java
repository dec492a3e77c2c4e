package dev.spinup.scenario.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Which characters a scenario's text may hold: text from a file reaches terminals, charts and spreadsheets, so
 * nothing in it may drive a terminal (ESC, CSI, OSC 52 clipboard writes, BEL, backspace, carriage return) or
 * reorder what is shown (bidirectional overrides). Newline and tab are the only control characters allowed.
 */
public final class TerminalSafeText {

    private TerminalSafeText() {
    }

    /** Whether {@code cp} may never appear in a scenario's text. */
    public static boolean isForbidden(int cp) {
        if (cp == '\n' || cp == '\t') {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || isBidiControl(cp);
    }

    /** The first forbidden character of {@code text} and where it is, if any. */
    public static Optional<String> firstForbidden(String text) {
        int index = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isForbidden(cp)) {
                return Optional.of(String.format("U+%04X at character %d", cp, index + 1));
            }
            i += Character.charCount(cp);
            index++;
        }
        return Optional.empty();
    }

    /**
     * Records a problem for every text value (and key) in the tree holding a forbidden character. Walks the tree
     * with an explicit stack: its depth is bounded by {@link ReadLimits}, but no recursion is needed.
     */
    public static void check(JsonNode root, Problems problems) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node instanceof StringNode text) {
                firstForbidden(text.value()).ifPresent(where -> problems.add(text, "text may not hold control"
                        + " characters (found " + where + "): they could take over the terminal it is printed on"));
            } else if (node instanceof ObjectNode object) {
                for (int i = object.members().size() - 1; i >= 0; i--) {
                    ObjectNode.Member member = object.members().get(i);
                    firstForbidden(member.key()).ifPresent(where -> problems.add(member.keyPosition(),
                            object.path(), "a key may not hold control characters (found " + where + ")"));
                    pending.push(member.value());
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = array.elements().size() - 1; i >= 0; i--) {
                    pending.push(array.elements().get(i));
                }
            }
        }
    }

    /** Marks that reorder text on screen (Trojan Source): LRE..RLO, LRI..PDI, LRM, RLM, ALM. */
    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /** Text printed on a terminal with every forbidden character shown as {@code \\uXXXX} instead. */
    public static String escaped(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isForbidden(cp) && cp != '\r') {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
