package dev.spinup.scenario.json;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the word someone probably meant ("instnaces" → "instances") by optimal-string-alignment distance: the
 * Levenshtein edits plus swapping two neighbouring letters, the commonest typing slip.
 */
public final class Suggestions {

    /** Longer words get no suggestion: keeps the quadratic distance cheap on hostile input. */
    private static final int MAX_WORD_LENGTH = 64;

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code word}, if one is close enough to be a plausible slip: equal ignoring case, or
     * at most one edit per three letters (at least one, at most three edits). Ties go to the earlier candidate.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word.length() > MAX_WORD_LENGTH) {
            return Optional.empty();
        }
        for (String candidate : candidates) {
            if (candidate.equalsIgnoreCase(word) && !candidate.equals(word)) {
                return Optional.of(candidate);
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            if (candidate.equals(word) || Math.abs(candidate.length() - word.length()) >= bestDistance
                    || candidate.length() > MAX_WORD_LENGTH) {
                continue;
            }
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    public static int distance(String a, String b) {
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, previous2[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
