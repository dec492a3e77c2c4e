package dev.spinup.run;

import dev.spinup.scenario.EffectiveValue;
import dev.spinup.scenario.EffectiveValues;
import dev.spinup.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sweep varies, as a teacher reads it: the scenario path ({@code stacks[0].memory}), the quantity in words
 * ("guest RAM per VM"), the stack it belongs to when the lesson compares several, and the value the lesson itself
 * sets there ({@code 1 GiB}), so a stack label that names that value can name the swept range instead.
 *
 * @param path        the path as given on the command line, without a leading {@code $.}
 * @param words       the quantity in words, lower case
 * @param stack       for a stack's quantity in a lesson of several stacks: that stack, named without the value
 * @param lessonValue the value at the path before the sweep changed it, as {@code spinup show} writes it
 */
public record SweptQuantity(String path, String words, Optional<String> stack, Optional<String> lessonValue) {

    /** The quantities a lesson is likely to sweep, by the path's last key; others are named after the key. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("workload.instances", "instances asked for"),
            Map.entry("workload.inFlight", "starts in flight at most"),
            Map.entry("workload.appOverrides.memory", "app memory"),
            Map.entry("replications", "replications"),
            Map.entry("stacks.memory", "guest RAM per VM"),
            Map.entry("stacks.vcpus", "vCPUs per VM"),
            Map.entry("stacks.containersPerNode", "containers per node VM"),
            Map.entry("hardware.hosts.count", "hosts"),
            Map.entry("hardware.hosts.cores", "host cores"),
            Map.entry("hardware.hosts.memory", "host RAM"),
            Map.entry("hardware.hosts.network", "host network"),
            Map.entry("hardware.hosts.hostOsMemory", "host OS memory"),
            Map.entry("hardware.hosts.vcpuOvercommit", "vCPUs allowed per core"),
            Map.entry("hardware.hosts.memoryOvercommit", "memory overcommit"),
            Map.entry("hardware.hosts.disk.bandwidth", "disk bandwidth"),
            Map.entry("hardware.hosts.disk.iops", "disk IOPS"),
            Map.entry("hardware.registry.bandwidth", "registry bandwidth"),
            Map.entry("hardware.registry.perDownload", "bandwidth per layer download"),
            Map.entry("hardware.registry.manifestLatency", "manifest latency"),
            Map.entry("hardware.pulls.parallelDownloads", "layer downloads per pull"),
            Map.entry("hardware.pulls.extractRate", "extract rate per core"),
            Map.entry("cluster.nodePools.nodes", "nodes in the pool at the start"),
            Map.entry("cluster.nodePools.maxNodes", "nodes the pool may grow to"),
            Map.entry("cluster.deployments.replicas", "replicas"));

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern STACK = Pattern.compile("^stacks\\[(\\d+)]");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[-_]");

    public SweptQuantity {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(lessonValue, "lessonValue");
    }

    /** The quantity at {@code path} of {@code lesson}: a stack's quantity names the stack, when there are several. */
    public static SweptQuantity of(String path, Scenario lesson) {
        String plain = plain(path);
        Optional<String> value = EffectiveValues.of(lesson).stream().filter(v -> v.path().equals(plain))
                .map(EffectiveValue::value).findFirst();
        Optional<String> stack = Optional.empty();
        Matcher index = STACK.matcher(plain);
        if (index.find() && lesson.stacks().size() > 1) {
            int i = Integer.parseInt(index.group(1));
            if (i < lesson.stacks().size()) {
                stack = Optional.of(withoutValue(lesson.stacks().get(i).label(), value));
            }
        }
        return new SweptQuantity(plain, wordsFor(plain), stack, value);
    }

    /** The quantity at {@code path} without a lesson to look in: named after the path alone. */
    public static SweptQuantity of(String path) {
        String plain = plain(path);
        return new SweptQuantity(plain, wordsFor(plain), Optional.empty(), Optional.empty());
    }

    /** The words with the stack they belong to: "guest RAM per VM of VMs (KVM + Ubuntu)". */
    public String wordsWithStack() {
        return words + stack.map(s -> " of " + s).orElse("");
    }

    /**
     * The stack's label with the lesson's value, if it names it, replaced by the swept range: a legend that kept
     * "1 GiB" while the memory went from 512 MiB to 8 GiB would say something the chart does not show.
     */
    public String label(String stackLabel, SweepRange range) {
        return named(stackLabel).map(v -> stackLabel.replace(v, range.span())).orElse(stackLabel);
    }

    /** The labels of every stack, each through {@link #label(String, SweepRange)}. */
    public List<String> labels(List<String> stackLabels, SweepRange range) {
        return stackLabels.stream().map(l -> label(l, range)).toList();
    }

    /** "VMs (KVM + Ubuntu, 1 GiB)" without "1 GiB": the stack whose memory is swept is not a 1 GiB one. */
    private static String withoutValue(String label, Optional<String> value) {
        if (named(label, value).isEmpty()) {
            return label;
        }
        return label.replace(value.get(), "").replaceAll(",\\s*\\)", ")").replaceAll("\\(\\s*,\\s*", "(")
                .replace("()", "").replaceAll("\\s+", " ").trim();
    }

    private Optional<String> named(String stackLabel) {
        return named(stackLabel, lessonValue);
    }

    /**
     * The value, if the label names it as a value with its unit ("1 GiB", "250 ms"): a bare number is left alone,
     * since "Type 1: KVM" does not name one vCPU.
     */
    private static Optional<String> named(String label, Optional<String> value) {
        return value.filter(v -> v.chars().anyMatch(Character::isLetter))
                .filter(v -> Pattern.compile("(?<![\\w.])" + Pattern.quote(v) + "(?![\\w.])").matcher(label).find());
    }

    private static String plain(String path) {
        String trimmed = path.trim();
        return trimmed.startsWith("$.") ? trimmed.substring(2) : trimmed;
    }

    private static String wordsFor(String path) {
        String unindexed = INDEX.matcher(path).replaceAll("");
        String known = WORDS.get(unindexed);
        if (known != null) {
            return known;
        }
        String[] keys = unindexed.split("\\.");
        String last = keys[keys.length - 1];
        String words = WORD_START.matcher(last).replaceAll(" ").toLowerCase(Locale.ROOT).trim();
        // a phase override ("…phases.kernel") is a duration of that phase, not a "kernel"
        return keys.length > 1 && keys[keys.length - 2].equals("phases") ? words + " phase" : words;
    }
}
