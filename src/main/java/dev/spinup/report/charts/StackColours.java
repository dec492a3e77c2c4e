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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The colour of each stack of one lesson, the same in every chart and every lesson: the palette's colour for what
 * the stack is ({@link #keyOf(StackSpec)}: a VM on KVM, containers through Docker, ...), whatever its place in the
 * lesson. When a lesson compares two stacks of the same kind (one stack under two schedulers, or tuned two ways),
 * the second takes a shade of the kind's colour (darker, then lighter), never another kind's colour: two container
 * arms stay warm and never look like a VM.
 */
public final class StackColours {

    /** The catalogue's runtimes run through the Docker engine are keyed "docker-…" ("docker-runc"). */
    private static final String DOCKER_ENGINE = "docker-";

    /** Shades a second, third... stack of one kind takes, in order: darker (scale) or lighter (mix with white). */
    private static final List<Shade> SHADES = List.of(new Shade(true, 0.62), new Shade(false, 0.5),
            new Shade(true, 0.45), new Shade(false, 0.65));

    /**
     * How far (redmean RGB distance) a shade must stay from every palette colour, so it is not read as another
     * kind's, and from the lesson's other stacks' colours, so the two are told apart.
     */
    private static final double FROM_A_SWATCH = 90;
    private static final double FROM_A_STACK = 60;

    private final Map<String, Color> byStack;

    private StackColours(Map<String, Color> byStack) {
        this.byStack = byStack;
    }

    /** Colours by what each stack is. */
    public static StackColours of(List<StackChoice> stacks) {
        Map<String, Color> chosen = new LinkedHashMap<>();
        Set<Swatch> used = EnumSet.noneOf(Swatch.class);
        List<StackChoice> clashing = new ArrayList<>();
        for (StackChoice stack : stacks) {
            Swatch preferred = Palette.swatchFor(keyOf(stack.spec()));
            if (used.add(preferred)) {
                chosen.put(stack.id(), preferred.colour());
            } else {
                clashing.add(stack);
            }
        }
        for (StackChoice stack : clashing) {
            chosen.put(stack.id(), shadeOf(Palette.swatchFor(keyOf(stack.spec())), chosen.values(), used));
        }
        return new StackColours(chosen);
    }

    /** Colours in the palette's series order, for stacks whose families are unknown (a bare sweep result). */
    public static StackColours inOrder(List<String> stackIds) {
        Map<String, Color> chosen = new LinkedHashMap<>();
        Set<Swatch> used = EnumSet.noneOf(Swatch.class);
        for (String id : stackIds) {
            chosen.put(id, unused(used).colour());
        }
        return new StackColours(chosen);
    }

    /** The palette swatch of a stack, empty when it is a shade of its kind's (the second of a kind). */
    public Optional<Swatch> swatch(String stackId) {
        return Swatch.of(colour(stackId));
    }

    /** Whether this lesson has a stack of that id. */
    public boolean knows(String stackId) {
        return byStack.containsKey(stackId);
    }

    public Color colour(String stackId) {
        Color colour = byStack.get(stackId);
        if (colour == null) {
            throw new IllegalArgumentException("no colour for stack \"" + stackId + "\"; known: " + byStack.keySet());
        }
        return colour;
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

    private static Color shadeOf(Swatch kind, Collection<Color> taken, Set<Swatch> used) {
        for (Shade shade : SHADES) {
            Color candidate = shade.of(kind.colour());
            boolean apart = Arrays.stream(Swatch.values()).allMatch(s -> distance(candidate, s.colour()) >= FROM_A_SWATCH)
                    && taken.stream().allMatch(c -> distance(candidate, c) >= FROM_A_STACK);
            if (apart) {
                return candidate;
            }
        }
        // more stacks of one kind than it has shades: the next colour no stack uses
        return unused(used).colour();
    }

    /** The "redmean" approximation of perceived distance between two sRGB colours (0 to about 765). */
    static double distance(Color a, Color b) {
        double r = (a.getRed() + b.getRed()) / 2.0;
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt((2 + r / 256) * dr * dr + 4 * dg * dg + (2 + (255 - r) / 256) * db * db);
    }

    /** A darker (each channel scaled by {@code amount}) or lighter (mixed with white by it) shade of a colour. */
    private record Shade(boolean darker, double amount) {
        Color of(Color c) {
            return darker ? new Color(scale(c.getRed()), scale(c.getGreen()), scale(c.getBlue()))
                    : new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
        }

        private int scale(int channel) {
            return (int) Math.round(channel * amount);
        }

        private int mix(int channel) {
            return (int) Math.round(channel + (255 - channel) * amount);
        }
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
