package dev.spinup.scenario.json;

import java.util.Comparator;

/** A place in a scenario file: 1-based line and column (columns count Unicode characters, a tab counts one). */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

    /** For nodes built in code rather than read from a file. */
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /** The first character of a file, where problems about the file as a whole are reported. */
    public static final SourcePosition START = new SourcePosition(1, 1);

    private static final Comparator<SourcePosition> ORDER =
            Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);

    public SourcePosition {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("a source position cannot be negative: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    /** "12:5", as in compiler messages. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
