package dev.spinup.report.charts;

import java.util.regex.Pattern;

/**
 * Keeps a number and its unit on one line where a chart wraps text (titles, subtitles, source lines): the space
 * between them becomes a no-break space, so a subtitle never ends in "within 5" with "% of native" below it.
 */
final class UnitSpaces {

    static final char NO_BREAK_SPACE = '\u00a0';

    private static final Pattern NUMBER_SPACE_UNIT = Pattern.compile(
            "(?<=\\d) (?=(?:%|[kKMGTP]i?B(?:/s)?|[kMG]bit/s|ns|µs|us|ms|s|min|h|x|×|cores?|vCPUs?)(?![\\p{L}\\p{N}]))");

    private UnitSpaces() {
    }

    /** {@code text} with the space between each number and its unit made a no-break space. */
    static String keep(String text) {
        return NUMBER_SPACE_UNIT.matcher(text).replaceAll(String.valueOf(NO_BREAK_SPACE));
    }
}
