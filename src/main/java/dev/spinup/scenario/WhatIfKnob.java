package dev.spinup.scenario;

import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One knob of a lesson's what-if panel: what it changes (for a stack's knob, which stack), the range a slider
 * moves over or the names a choice offers, and the lesson's own value. Values are written as the panel shows
 * them: a count ({@code 250}), seconds ({@code 12}), mebibytes ({@code 1024}) or a name ({@code firecracker}).
 *
 * @param stackIndex the stack's place in {@code stacks}, or -1 for a knob of the workload or the hardware
 * @param min        the slider's low end (a numeric knob); 0 for a choice
 * @param max        the slider's high end (a numeric knob); 0 for a choice
 * @param choices    the names a choice offers, the lesson's own among them; empty for a numeric knob
 * @param lesson     the value the lesson sets, as the panel writes values
 */
public record WhatIfKnob(KnobKind kind, Optional<String> stack, int stackIndex, double min, double max,
                         List<String> choices, String lesson) {

    public WhatIfKnob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stack, "stack");
        choices = List.copyOf(choices);
        Objects.requireNonNull(lesson, "lesson");
        if (kind.scope().perStack() != stack.isPresent()) {
            throw new IllegalArgumentException(kind + " is " + (stack.isPresent() ? "not " : "") + "a stack's knob");
        }
    }

    /** How the panel tells this knob apart: {@code hypervisor@vm}, {@code instances}. */
    public String id() {
        return EnumNames.of(kind) + stack.map(s -> "@" + s).orElse("");
    }

    public boolean isChoice() {
        return kind.unit() == KnobKind.KnobUnit.CHOICE;
    }

    /** A numeric value as the panel writes it: whole counts, seconds to 0.1 s, whole mebibytes. */
    public String valueOf(double number) {
        double clamped = Math.max(min, Math.min(max, number));
        return switch (kind.unit()) {
            case COUNT, MEBIBYTES -> Long.toString(Math.round(clamped));
            case SECONDS -> trim(Math.round(clamped * 10) / 10.0);
            case CHOICE -> throw new IllegalStateException(kind + " is a choice");
        };
    }

    /** The value with its unit, for labels: {@code 250}, {@code 12 s}, {@code 2 GiB}, {@code firecracker}. */
    public String display(String value) {
        return switch (kind.unit()) {
            case COUNT, CHOICE -> value;
            case SECONDS -> Double.parseDouble(value) == 0 ? "at once" : value + " s";
            case MEBIBYTES -> mebibytes(Long.parseLong(value));
        };
    }

    /**
     * The scenario with this knob at {@code value}, read again as the file would read with it.
     *
     * @throws ScenarioFileException when the scenario does not take the value (a VM too small for the app)
     */
    public ScenarioFile applyTo(ScenarioFile file, String value) throws ScenarioFileException {
        return switch (kind) {
            case INSTANCES -> file.with("workload.instances", value);
            case ARRIVAL_SPREAD -> file.with("workload.arrival", Double.parseDouble(value) == 0
                    ? "\"all-at-once\"" : "{\"pattern\": \"ramp\", \"over\": \"" + value + " s\"}");
            case APP_MEMORY -> file.with("workload.appOverrides.memory", value + " MiB");
            case CACHE -> file.with("workload.cache", value);
            case HYPERVISOR -> file.with("stacks[" + stackIndex + "].hypervisor", value);
            case GUEST_OS -> file.with("stacks[" + stackIndex + "].guestOs", value);
            case RUNTIME -> file.with("stacks[" + stackIndex + "].runtime", value);
            case HOST_CORES -> onFirstHost(file, "cores", value);
            case HOST_MEMORY -> onFirstHost(file, "memory", "\"" + value + " MiB\"");
        };
    }

    /** The first host group's key; a file without host groups gets one, of the classroom host with this value. */
    private static ScenarioFile onFirstHost(ScenarioFile file, String key, String json) throws ScenarioFileException {
        boolean hasHosts = file.tree() instanceof ObjectNode root
                && root.get("hardware").orElse(null) instanceof ObjectNode hardware
                && hardware.get("hosts").orElse(null) instanceof ArrayNode hosts && !hosts.elements().isEmpty();
        return hasHosts ? file.with("hardware.hosts[0]." + key, json)
                : file.with("hardware.hosts", "[{\"" + key + "\": " + json + "}]");
    }

    static String mebibytes(long mib) {
        if (mib >= 1024 && mib % 1024 == 0) {
            return mib / 1024 + " GiB";
        }
        if (mib >= 1024) {
            return String.format(Locale.ROOT, "%.1f GiB", mib / 1024.0);
        }
        return mib + " MiB";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

}
