package dev.spinup.scenario.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoded text of a scenario file with an index of its lines, turning character offsets into line and column.
 * Columns count code points, so an emoji is one column as in an editor; lines end at {@code \n}.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    // Offsets are mostly asked for in increasing order, so the column count resumes from the last answer:
    // counting code points from the line start every time would be quadratic on a one-line file.
    private int cursorLine = -1;
    private int cursorOffset;
    private int cursorColumn;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** The character at {@code offset}, or -1 past the end. */
    int charAt(int offset) {
        return offset >= 0 && offset < text.length() ? text.charAt(offset) : -1;
    }

    /** The code point at {@code offset}, or -1 past the end. */
    int codePointAt(int offset) {
        return offset >= 0 && offset < text.length() ? text.codePointAt(offset) : -1;
    }

    /** The 1-based line and column of a character offset (clamped to the text). */
    SourcePosition position(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(at);
        int lineStart = lineStarts[line];
        int column;
        if (line == cursorLine && at >= cursorOffset) {
            column = cursorColumn + text.codePointCount(cursorOffset, at);
        } else {
            column = 1 + text.codePointCount(lineStart, at);
        }
        cursorLine = line;
        cursorOffset = at;
        cursorColumn = column;
        return new SourcePosition(line + 1, column);
    }

    /** The first offset at or after {@code from} that is not JSON whitespace (the length at the end). */
    int skipWhitespace(int from) {
        int i = Math.max(0, from);
        while (i < text.length() && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
