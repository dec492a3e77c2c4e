package dev.spinup.report.charts;

import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.StackKind;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.StackColourKey;
import dev.spinup.report.style.Swatch;
import dev.spinup.scenario.StackChoice;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The colour of each stack of one lesson, the same in every chart and every lesson: the palette's colour for what
 * the stack is ({@link #keyOf(StackSpec)}: a VM on KVM, containers through Docker, ...), whatever its place in the
 * lesson. Only when a lesson compares two stacks of the same kind (two identical stacks under two schedulers) does
 * the second take the next colour no other stack uses.
 */
public final class StackColours {

    /** The catalogue's runtimes run through the Docker engine are keyed "docker-…" ("docker-runc"). */
    private static final String DOCKER_ENGINE = "docker-";

    private final Map<String, Swatch> byStack;

    private StackColours(Map<String, Swatch> byStack) {
        this.byStack = byStack;
    }

    /** Colours by what each stack is. */
    public static StackColours of(List<StackChoice> stacks) {
        Map<String, Swatch> chosen = new LinkedHashMap<>();
        Set<Swatch> used = EnumSet.noneOf(Swatch.class);
        List<StackChoice> clashing = new ArrayList<>();
        for (StackChoice stack : stacks) {
            Swatch preferred = Palette.swatchFor(keyOf(stack.spec()));
            if (used.add(preferred)) {
                chosen.put(stack.id(), preferred);
            } else {
                clashing.add(stack);
            }
        }
        for (StackChoice stack : clashing) {
            chosen.put(stack.id(), unused(used));
        }
        return new StackColours(chosen);
    }

    /** Colours in the palette's series order, for stacks whose families are unknown (a bare sweep result). */
    public static StackColours inOrder(List<String> stackIds) {
        Map<String, Swatch> chosen = new LinkedHashMap<>();
        Set<Swatch> used = EnumSet.noneOf(Swatch.class);
        for (String id : stackIds) {
            chosen.put(id, unused(used));
        }
        return new StackColours(chosen);
    }

    public Swatch swatch(String stackId) {
        Swatch swatch = byStack.get(stackId);
        if (swatch == null) {
            throw new IllegalArgumentException("no colour for stack \"" + stackId + "\"; known: " + byStack.keySet());
        }
        return swatch;
    }

    /** Whether this lesson has a stack of that id. */
    public boolean knows(String stackId) {
        return byStack.containsKey(stackId);
    }

    public Color colour(String stackId) {
        return swatch(stackId).colour();
    }

    /**
     * What a stack is, as far as its colour goes: its family, and for type-1 VMs and shared-kernel containers
     * whether it is the everyday one (KVM + QEMU; the Docker engine) or another.
     */
    public static StackColourKey keyOf(StackSpec spec) {
        StackColourKey family = keyOf(spec.kind());
        if (family == StackColourKey.VM_TYPE1
                && !(spec instanceof VmStack vm && vm.hypervisor().key().equals(Hypervisors.KVM_QEMU.key()))) {
            return StackColourKey.VM_TYPE1_OTHER_HYPERVISOR;
        }
        if (family == StackColourKey.CONTAINER && spec instanceof ContainerStack container
                && !container.runtime().key().startsWith(DOCKER_ENGINE)) {
            return StackColourKey.CONTAINER_OTHER_ENGINE;
        }
        return family;
    }

    private static StackColourKey keyOf(StackKind kind) {
        return switch (kind) {
            case VM_TYPE1 -> StackColourKey.VM_TYPE1;
            case VM_TYPE2 -> StackColourKey.VM_TYPE2;
            case MICROVM -> StackColourKey.MICROVM;
            case CONTAINER -> StackColourKey.CONTAINER;
            case SANDBOXED_USERSPACE_KERNEL -> StackColourKey.SANDBOXED_GVISOR;
            case SANDBOXED_LIGHT_VM -> StackColourKey.SANDBOXED_KATA;
            case CONTAINERS_IN_VM -> StackColourKey.CONTAINERS_IN_VM;
        };
    }

    private static Swatch unused(Set<Swatch> used) {
        for (Swatch candidate : Palette.SERIES_SEQUENCE) {
            if (used.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("more stacks than the palette has colours ("
                + Palette.SERIES_SEQUENCE.size() + ")");
    }
}
