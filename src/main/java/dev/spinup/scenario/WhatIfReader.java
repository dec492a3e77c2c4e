package dev.spinup.scenario;

import dev.spinup.model.DataSize;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.StringNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code whatIf} section, {@code {"knobs": ["cache", {"knob": "instances", "min": 1, "max": 500},
 * {"knob": "hypervisor", "stack": "vm", "choices": ["kvm-qemu", "firecracker"]}]}}, against the scenario it
 * belongs to; without the section, every knob that applies, with ranges around the lesson's values.
 */
final class WhatIfReader {

    /** Lessons up to this many instances re-simulate fast enough for a slider (docs/performance.md). */
    static final int LIVE_INSTANCES = 1000;
    private static final double MIB = 1024.0 * 1024.0;
    private static final List<String> CACHES = List.of("warm", "cold");

    private final Scenario scenario;

    private WhatIfReader(Scenario scenario) {
        this.scenario = scenario;
    }

    static WhatIf read(Optional<ObjectView> section, Scenario scenario) {
        WhatIfReader reader = new WhatIfReader(scenario);
        if (section.isEmpty()) {
            return new WhatIf(reader.defaults(), false);
        }
        ObjectView v = section.get();
        List<WhatIfKnob> knobs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : v.array("knobs").nodes()) {
            reader.knob(node, v).ifPresent(k -> {
                if (seen.add(k.id())) {
                    knobs.add(k);
                } else {
                    v.problems().add(node, "the knob " + Quote.name(k.id()) + " is listed twice");
                }
            });
        }
        Section.WHAT_IF.finish(v);
        return new WhatIf(knobs, true);
    }

    /** The knobs a lesson gets when it declares none: each that applies to its scenario. */
    private List<WhatIfKnob> defaults() {
        List<WhatIfKnob> knobs = new ArrayList<>();
        knobs.add(standard(KnobKind.INSTANCES, -1));
        if (!(scenario.workload().arrival() instanceof Arrival.Poisson)) {
            knobs.add(standard(KnobKind.ARRIVAL_SPREAD, -1));
        }
        knobs.add(standard(KnobKind.APP_MEMORY, -1));
        // Cold or warm decides an image pull for containers and a root volume's hydration for cloud VMs.
        if (scenario.stacks().stream().anyMatch(s -> fits(KnobKind.KnobScope.CONTAINER_STACK, s.spec())
                || s.spec() instanceof CloudVmStack)) {
            knobs.add(standard(KnobKind.CACHE, -1));
        }
        for (int i = 0; i < scenario.stacks().size(); i++) {
            StackSpec spec = scenario.stacks().get(i).spec();
            if (spec instanceof VmStack) {
                knobs.add(standard(KnobKind.HYPERVISOR, i));
                knobs.add(standard(KnobKind.GUEST_OS, i));
            } else if (!(spec instanceof CloudVmStack)) {
                knobs.add(standard(KnobKind.RUNTIME, i));
            }
        }
        knobs.add(standard(KnobKind.HOST_CORES, -1));
        knobs.add(standard(KnobKind.HOST_MEMORY, -1));
        return knobs;
    }

    private Optional<WhatIfKnob> knob(JsonNode node, ObjectView section) {
        if (node instanceof StringNode name) {
            Optional<KnobKind> kind = EnumNames.parse(KnobKind.class, name.value());
            if (kind.isEmpty()) {
                section.problems().add(node, unknownKnob(name.value()));
                return Optional.empty();
            }
            return stackFor(kind.get(), Optional.empty(), node, section).map(i -> standard(kind.get(), i));
        }
        if (!(node instanceof ObjectNode object)) {
            section.problems().add(node, "a knob is written as its name or as an object with `knob`, not "
                    + node.describe());
            return Optional.empty();
        }
        ObjectView v = ObjectView.of(object, section.problems());
        Optional<KnobKind> kind = v.has("knob") && v.node("knob").orElseThrow() instanceof StringNode text
                && EnumNames.parse(KnobKind.class, text.value()).isEmpty()
                ? reportUnknown(v, text.value()) : Optional.of(v.requiredEnum("knob", KnobKind.class));
        Optional<String> stack = v.optionalString("stack");
        Optional<WhatIfKnob> read = kind.flatMap(k -> stackFor(k, stack, node, section).map(i -> standard(k, i)))
                .map(standard -> ranged(standard, v));
        Section.KNOB.finish(v);
        return read;
    }

    private static Optional<KnobKind> reportUnknown(ObjectView v, String name) {
        v.problem("knob", unknownKnob(name));
        return Optional.empty();
    }

    private static String unknownKnob(String name) {
        return Names.unknown("knob", name, EnumNames.all(KnobKind.class)).replace(" known:", "; known:");
    }

    /** The stack a knob of one stack turns: the one named, or the first of its kind. */
    private Optional<Integer> stackFor(KnobKind kind, Optional<String> id, JsonNode node, ObjectView section) {
        if (!kind.scope().perStack()) {
            if (id.isPresent()) {
                section.problems().add(node, "the knob " + Quote.name(EnumNames.of(kind))
                        + " is shared by every stack, so it takes no `stack`");
                return Optional.empty();
            }
            return Optional.of(-1);
        }
        for (int i = 0; i < scenario.stacks().size(); i++) {
            StackChoice s = scenario.stacks().get(i);
            if (id.map(s.id()::equals).orElse(true) && fits(kind.scope(), s.spec())) {
                return Optional.of(i);
            }
        }
        String what = kind.scope() == KnobKind.KnobScope.VM_STACK ? "a VM stack" : "a container stack";
        section.problems().add(node, id.map(s -> "the knob " + Quote.name(EnumNames.of(kind)) + " needs " + what
                        + ", and " + Quote.name(s) + " is not one of this file's " + (what.substring(2)) + "s")
                .orElse("the knob " + Quote.name(EnumNames.of(kind)) + " needs " + what + ", and this file has none"));
        return Optional.empty();
    }

    private static boolean fits(KnobKind.KnobScope scope, StackSpec spec) {
        return scope == KnobKind.KnobScope.VM_STACK ? spec instanceof VmStack
                : spec instanceof ContainerStack || spec instanceof ContainersInVmStack;
    }

    /** The knob with the range or choices the file declares, checked against the lesson's own value. */
    private WhatIfKnob ranged(WhatIfKnob standard, ObjectView v) {
        KnobKind kind = standard.kind();
        if (standard.isChoice()) {
            Optional<ArrayView> declared = v.optionalArray("choices");
            if (declared.isEmpty()) {
                return standard;
            }
            List<String> known = standard.choices();
            List<String> choices = new ArrayList<>();
            for (JsonNode n : declared.get().nodes()) {
                if (!(n instanceof StringNode text)) {
                    v.problems().add(n, "a choice is a name, not " + n.describe());
                } else if (!known.contains(text.value())) {
                    v.problems().add(n, Names.unknown(kind.label(), text.value(), known));
                } else if (!choices.contains(text.value())) {
                    choices.add(text.value());
                }
            }
            if (!choices.contains(standard.lesson())) {
                choices.add(0, standard.lesson());
            }
            return new WhatIfKnob(kind, standard.stack(), standard.stackIndex(), 0, 0, choices, standard.lesson());
        }
        double min = number(v, "min", kind).orElse(standard.min());
        double max = number(v, "max", kind).orElse(standard.max());
        double lesson = Double.parseDouble(standard.lesson());
        if (min > max) {
            v.problem("max", "`max` must not be below `min`");
        } else if (lesson < min || lesson > max) {
            v.problem(v.has("min") && lesson < min ? "min" : "max", "the range must hold the lesson's own value, "
                    + standard.display(standard.lesson()));
        }
        return new WhatIfKnob(kind, standard.stack(), standard.stackIndex(), min, max, List.of(), standard.lesson());
    }

    private static Optional<Double> number(ObjectView v, String key, KnobKind kind) {
        return switch (kind.unit()) {
            case COUNT -> v.has(key) ? Optional.of((double) v.requiredInt(key, kind == KnobKind.HOST_CORES ? 1 : 0,
                    kind == KnobKind.HOST_CORES ? 4096 : ScenarioLimits.MAX_INSTANCES)) : Optional.empty();
            case SECONDS -> Bounds.duration(v, key, Duration.ZERO, ScenarioLimits.MAX_HORIZON)
                    .map(d -> d.toMillis() / 1000.0);
            case MEBIBYTES -> Bounds.size(v, key, DataSize.ofMiB(1), DataSize.ofGiB(64 * 1024))
                    .map(s -> Math.floor(s.bytes() / MIB));
            case CHOICE -> Optional.empty();
        };
    }

    /** The knob as it is when the lesson says nothing of it: a range around the lesson's value. */
    private WhatIfKnob standard(KnobKind kind, int stack) {
        Optional<String> id = stack < 0 ? Optional.empty() : Optional.of(scenario.stacks().get(stack).id());
        StackSpec spec = stack < 0 ? null : scenario.stacks().get(stack).spec();
        Workload w = scenario.workload();
        return switch (kind) {
            case INSTANCES -> {
                int n = w.instances();
                int max = n >= LIVE_INSTANCES ? n : Math.min(LIVE_INSTANCES, Math.max(10, 4 * n));
                yield numeric(kind, id, stack, 1, max, n);
            }
            case ARRIVAL_SPREAD -> {
                double spread = spreadSeconds(w);
                yield numeric(kind, id, stack, 0, Math.max(60, Math.ceil(2 * spread)), spread);
            }
            case APP_MEMORY -> {
                double mib = Math.floor(w.app().resident().value().bytes() / MIB);
                yield numeric(kind, id, stack, Math.max(1, Math.floor(mib / 4)), 4 * mib, mib);
            }
            case CACHE -> new WhatIfKnob(kind, id, stack, 0, 0, CACHES,
                    w.preloaded().contains(w.image()) ? "warm" : "cold");
            case HYPERVISOR -> choice(kind, id, stack, Catalogue.hypervisorKeys(),
                    ((VmStack) spec).hypervisor().key());
            case GUEST_OS -> choice(kind, id, stack, Catalogue.guestOsKeys(), ((VmStack) spec).guestOs().key());
            case RUNTIME -> choice(kind, id, stack, Catalogue.runtimeKeys(), spec instanceof ContainersInVmStack n
                    ? n.inner().runtime().key() : ((ContainerStack) spec).runtime().key());
            case HOST_CORES -> {
                int cores = scenario.hosts().get(0).spec().cores();
                yield numeric(kind, id, stack, 1, Math.max(64, 4 * cores), cores);
            }
            case HOST_MEMORY -> {
                double mib = Math.floor(scenario.hosts().get(0).spec().memory().bytes() / MIB);
                yield numeric(kind, id, stack, Math.max(1024, Math.floor(mib / 8)), 4 * mib, mib);
            }
        };
    }

    /** How long the lesson's arrivals take from the first to the last, in seconds. */
    private static double spreadSeconds(Workload w) {
        Arrival a = w.arrival();
        if (a instanceof Arrival.Ramp ramp) {
            return ramp.over().toMillis() / 1000.0;
        }
        if (a instanceof Arrival.Staggered staggered) {
            return staggered.interval().toMillis() / 1000.0 * Math.max(0, w.instances() - 1);
        }
        return 0;
    }

    private static WhatIfKnob numeric(KnobKind kind, Optional<String> id, int stack, double min, double max,
                                      double lesson) {
        WhatIfKnob probe = new WhatIfKnob(kind, id, stack, min, Math.max(max, lesson), List.of(), "0");
        return new WhatIfKnob(kind, id, stack, min, Math.max(max, lesson), List.of(), probe.valueOf(lesson));
    }

    private static WhatIfKnob choice(KnobKind kind, Optional<String> id, int stack, List<String> known,
                                     String lesson) {
        return new WhatIfKnob(kind, id, stack, 0, 0, known, lesson);
    }
}
