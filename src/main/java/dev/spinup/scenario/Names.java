package dev.spinup.scenario;

import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Problems;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.StringNode;
import dev.spinup.scenario.json.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves a name written in a file (a profile key, an image reference) against the names that exist, and words
 * the problem when it is unknown: "unknown hypervisor `kvm`; known: kvm-qemu, qemu-minimal, ...".
 */
final class Names {

    /** Listing more names than this would not help anyone pick one. */
    private static final int MAX_LISTED = 20;

    private Names() {
    }

    /**
     * The thing {@code key} names, if the key holds text naming a known one; a missing required key, a value that
     * is not text and an unknown name are problems.
     */
    static <T> Optional<T> resolve(ObjectView v, String key, boolean required, String what,
                                   Function<String, Optional<T>> find, List<String> known) {
        return resolve(v, key, required, what, find, known, true);
    }

    /** As above; an unknown name is a problem only when the {@code known} names are {@code complete}. */
    static <T> Optional<T> resolve(ObjectView v, String key, boolean required, String what,
                                   Function<String, Optional<T>> find, List<String> known, boolean complete) {
        if (!v.has(key)) {
            if (required) {
                v.requiredString(key);
            }
            return Optional.empty();
        }
        return resolve(v.node(key).orElseThrow(), v.problems(), what, find, known, complete);
    }

    /** The thing {@code node} names; a node that is not text or names nothing known is a problem. */
    static <T> Optional<T> resolve(JsonNode node, Problems problems, String what,
                                   Function<String, Optional<T>> find, List<String> known) {
        return resolve(node, problems, what, find, known, true);
    }

    /**
     * As {@link #resolve(JsonNode, Problems, String, Function, List)}, but an unknown name is a problem only when
     * {@code complete}: when a definition failed to read, it may be the one named, and it was reported already.
     */
    static <T> Optional<T> resolve(JsonNode node, Problems problems, String what,
                                   Function<String, Optional<T>> find, List<String> known, boolean complete) {
        if (!(node instanceof StringNode text)) {
            problems.add(node, node.path().label() + " must be the name of " + article(what) + ", not " + node.describe());
            return Optional.empty();
        }
        Optional<T> found = find.apply(text.value());
        if (found.isEmpty() && complete) {
            problems.add(node, unknown(what, text.value(), known));
        }
        return found;
    }

    /** "unknown hypervisor `kvm-qmeu`; did you mean `kvm-qemu`? known: kvm-qemu, qemu-minimal, ..." */
    static String unknown(String what, String name, List<String> known) {
        String hint = Suggestions.closest(name, known).map(m -> "; did you mean " + Quote.name(m) + "?")
                .orElse(";");
        return "unknown " + what + " " + Quote.name(name) + hint + " known: " + listing(known);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    static String listing(List<String> names) {
        if (names.size() <= MAX_LISTED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_LISTED)) + " and " + (names.size() - MAX_LISTED) + " more";
    }
}
