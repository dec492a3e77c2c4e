package dev.spinup.scenario.json;

import java.util.Comparator;
import java.util.List;

/**
 * A scenario file could not be read or is not valid; carries every problem found, sorted by position, and its
 * message lists them one per line, ready to show to a teacher.
 *
 * <p>Checked on purpose: a bad file from a stranger is an expected outcome that every caller (the app's open
 * dialog, the command line) must turn into a message, like {@link java.io.IOException}, not a programming error.
 */
public final class ScenarioFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** More problems than this are summarised in the message (all stay available in {@link #problems()}). */
    static final int MAX_LISTED = 100;

    private final List<Problem> problems;

    /**
     * @param problems at least one; they are sorted by position here
     */
    public ScenarioFileException(List<Problem> problems) {
        // no stack trace: it would only show where reading stopped, never anything about the file
        super(listing(sortedNonEmpty(problems)), null, false, false);
        this.problems = sortedNonEmpty(problems);
    }

    /** The problems, sorted by position. */
    public List<Problem> problems() {
        return problems;
    }

    private static List<Problem> sortedNonEmpty(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario file exception needs at least one problem");
        }
        return problems.stream().sorted(Comparator.comparing(Problem::position)).toList();
    }

    private static String listing(List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        int listed = Math.min(problems.size(), MAX_LISTED);
        for (int i = 0; i < listed; i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(problems.get(i));
        }
        if (problems.size() > listed) {
            b.append('\n').append("... and ").append(problems.size() - listed).append(" more problems");
        }
        return b.toString();
    }
}
