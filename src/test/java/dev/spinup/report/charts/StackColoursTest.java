package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.style.Palette;
import dev.spinup.report.style.StackColourKey;
import dev.spinup.report.style.Swatch;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.StackChoice;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackColoursTest {

    @Test
    void aStackTakesItsFamilysColourWhateverItsPlace() {
        StackColours one = StackColours.of(List.of(ChartScenarios.KVM, ChartScenarios.DOCKER));
        StackColours other = StackColours.of(List.of(ChartScenarios.DOCKER, ChartScenarios.FIRECRACKER,
                ChartScenarios.KVM));
        assertEquals(Optional.of(Palette.swatchFor(StackColourKey.VM_TYPE1)), one.swatch("vm"));
        assertEquals(one.colour("vm"), other.colour("vm"));
        assertEquals(one.colour("docker"), other.colour("docker"));
        assertEquals(Optional.of(Palette.swatchFor(StackColourKey.SANDBOXED_GVISOR)),
                StackColours.of(List.of(ChartScenarios.GVISOR)).swatch("gvisor"));
    }

    @Test
    void twoStacksOfOneKindGetTwoShadesOfTheKindsColour() {
        List<dev.spinup.scenario.StackChoice> stacks = List.of(ChartScenarios.DOCKER, ChartScenarios.CRUN,
                ChartScenarios.KVM, ChartScenarios.KVM_KSM);
        StackColours colours = StackColours.of(stacks);
        assertEquals(Palette.colourFor(StackColourKey.CONTAINER), colours.colour("docker"), "the first keeps it");
        assertEquals(4, stacks.stream().map(s -> colours.colour(s.id())).distinct().count());
        Color ksm = colours.colour(ChartScenarios.KVM_KSM.id());
        assertEquals(Optional.empty(), Swatch.of(ksm), "a shade, not another kind's colour: " + ksm);
        assertSameHue(Palette.colourFor(StackColourKey.VM_TYPE1), ksm, "the second KVM stack");
    }

    @Test
    void spreadAgainstBinPackingIsTwoWarmContainerColoursNotAVmsBlue() throws Exception {
        List<StackChoice> stacks = Lessons.load("k8s-spread-vs-binpacking").scenario().stacks();
        StackColours colours = StackColours.of(stacks);
        Color container = Palette.colourFor(StackColourKey.CONTAINER);
        assertEquals(container, colours.colour("spread"));
        Color packed = colours.colour("packed");
        assertNotEquals(container, packed);
        assertSameHue(container, packed, "bin-packing is a shade of the containers' orange");
        for (Swatch swatch : Swatch.values()) {
            assertTrue(StackColours.distance(packed, swatch.colour()) >= 90,
                    "bin-packing's " + packed + " is not read as " + swatch);
        }
    }

    @Test
    void inEveryBuiltInLessonAStackHasTheColourOfWhatItIsSoAVmOnKvmIsBlueEverywhere() throws Exception {
        Map<StackColourKey, Set<Color>> seen = new EnumMap<>(StackColourKey.class);
        List<String> duplicates = new ArrayList<>();
        for (String lesson : Lessons.names()) {
            List<StackChoice> stacks = Lessons.load(lesson).scenario().stacks();
            StackColours colours = StackColours.of(stacks);
            Set<StackColourKey> keys = new HashSet<>();
            for (StackChoice stack : stacks) {
                StackColourKey key = StackColours.keyOf(stack.spec());
                Color colour = colours.colour(stack.id());
                if (!keys.add(key)) {
                    duplicates.add(lesson + "/" + stack.id());
                    assertSameHue(Palette.colourFor(key), colour, lesson + "/" + stack.id());
                    assertEquals(Optional.empty(), Swatch.of(colour), lesson + "/" + stack.id()
                            + " takes a shade of its kind's colour, no other kind's");
                    continue;
                }
                seen.computeIfAbsent(key, k -> new HashSet<>()).add(colour);
            }
            for (StackChoice a : stacks) {
                for (StackChoice b : stacks) {
                    if (a != b) {
                        assertTrue(StackColours.distance(colours.colour(a.id()), colours.colour(b.id())) >= 60,
                                lesson + ": " + a.id() + " and " + b.id() + " told apart");
                    }
                }
            }
        }
        seen.forEach((key, colours) -> assertEquals(Set.of(Palette.colourFor(key)), colours, key.toString()));
        assertEquals(Set.of(Swatch.BLUE.colour()), seen.get(StackColourKey.VM_TYPE1), "a full VM on KVM");
        // A lesson may compare variants of one kind: the same stack under another scheduler, or tuned another way
        // (lesson 19's runc behind NAT, KVM untuned and nested), on other node VMs (lesson 17's cloud KVM nodes
        // beside the laptop's VirtualBox-like one), in another version (lesson 20's Docker 1.12) or admitted another
        // way (lesson 21's by use); the first keeps the kind's colour, the rest take its shades (checked above).
        assertEquals(List.of("k8s-spread-vs-binpacking/packed", "k8s-same-tooling-anywhere/cloud",
                "steady-state-overhead/nat", "steady-state-overhead/untuned", "steady-state-overhead/nested",
                "same-tool-got-faster/old", "reserved-vs-in-use/use", "reserved-vs-in-use/vmuse"), duplicates,
                "only variants of one stack (scheduler, nodes, tuning, version or admission) share a kind");
    }

    private static void assertSameHue(Color kind, Color shade, String what) {
        float[] a = Color.RGBtoHSB(kind.getRed(), kind.getGreen(), kind.getBlue(), null);
        float[] b = Color.RGBtoHSB(shade.getRed(), shade.getGreen(), shade.getBlue(), null);
        double apart = Math.abs(a[0] - b[0]);
        assertTrue(Math.min(apart, 1 - apart) < 0.02, what + ": " + shade + " has the hue of " + kind);
    }

    @Test
    void theMicroVmLessonsFullVmIsTheBlueOfHelloNotTheColourLeftOverByItsNeighbours() throws Exception {
        StackChoice helloVm = Lessons.load("hello").scenario().stacks().get(0);
        List<StackChoice> microvms = Lessons.load("microvms").scenario().stacks();
        StackChoice fullVm = microvms.stream().filter(s -> s.label().startsWith("Full VM")).findFirst().orElseThrow();
        assertEquals(StackColours.of(List.of(helloVm)).colour(helloVm.id()),
                StackColours.of(microvms).colour(fullVm.id()));
        assertEquals(StackColourKey.VM_TYPE1_OTHER_HYPERVISOR, StackColours.keyOf(microvms.get(1).spec()),
                "QEMU's minimal machine is another type-1 VM");
    }

    @Test
    void anUnknownStackIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> StackColours.inOrder(List.of("a", "b")).colour("c"));
        assertEquals(true, e.getMessage().contains("\"c\""));
    }
}
