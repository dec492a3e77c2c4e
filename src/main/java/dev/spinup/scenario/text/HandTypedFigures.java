package dev.spinup.scenario.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers a teacher typed into a text that is shown after the run, where a computed figure belongs: a
 * duration ("16 s"), a size ("430 MiB"), a share or factor ("13 %", "30 times") or a count of two digits or more
 * ("56 VMs", "the 57th"). Single digits ("type 1", "step 2") and numbers inside names ("python:3.12-slim",
 * "postgres:16", "x86") are words, not figures.
 */
final class HandTypedFigures {

    /** One number found: where in the text, as written, and what kind it looks like. */
    record Found(int offset, String text, String what, String suggestion) {
    }

    private static final String NOT_IN_A_NAME = "(?<![\\p{L}\\p{N}:._/@-])";
    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final Pattern DURATION = Pattern.compile(NOT_IN_A_NAME + NUMBER
            + "\\s?(?:ns|µs|us|ms|s|sec|secs|seconds?|min|mins|minutes?|h|hours?)(?![\\p{L}\\p{N}])");
    private static final Pattern SIZE = Pattern.compile(NOT_IN_A_NAME + NUMBER
            + "\\s?(?:[kKMGT]i?B|bytes?|B)(?:/s)?(?![\\p{L}\\p{N}])");
    private static final Pattern SHARE = Pattern.compile(NOT_IN_A_NAME + NUMBER
            + "\\s?(?:%|×|x|times|fold)(?![\\p{L}\\p{N}])");
    private static final Pattern COUNT = Pattern.compile(NOT_IN_A_NAME
            + "(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d{2,})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])");

    private HandTypedFigures() {
    }

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        collect(DURATION, text, "duration", "{vm.startup}", taken, found);
        collect(SIZE, text, "size", "{vm.memory}", taken, found);
        collect(SHARE, text, "share or factor", "{vm.startup / container.startup}", taken, found);
        collect(COUNT, text, "count", "{vm.ready}", taken, found);
        found.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return found;
    }

    private static void collect(Pattern pattern, String text, String what, String suggestion, boolean[] taken,
                                List<Found> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (taken[m.start()]) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
            found.add(new Found(m.start(), m.group(), what, suggestion));
        }
    }
}
