package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spinup.report.style.Palette;
import dev.spinup.report.style.StackColourKey;
import dev.spinup.report.style.Swatch;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StackColoursTest {

    @Test
    void aStackTakesItsFamilysColourWhateverItsPlace() {
        StackColours one = StackColours.of(List.of(ChartScenarios.KVM, ChartScenarios.DOCKER));
        StackColours other = StackColours.of(List.of(ChartScenarios.DOCKER, ChartScenarios.FIRECRACKER,
                ChartScenarios.KVM));
        assertEquals(Palette.swatchFor(StackColourKey.VM_TYPE1), one.swatch("vm"));
        assertEquals(one.swatch("vm"), other.swatch("vm"));
        assertEquals(one.swatch("docker"), other.swatch("docker"));
        assertEquals(Palette.swatchFor(StackColourKey.SANDBOXED_GVISOR),
                StackColours.of(List.of(ChartScenarios.GVISOR)).swatch("gvisor"));
    }

    @Test
    void twoStacksOfOneFamilyGetDifferentColours() {
        List<dev.spinup.scenario.StackChoice> stacks = List.of(ChartScenarios.DOCKER, ChartScenarios.CRUN,
                ChartScenarios.KVM, ChartScenarios.KVM_KSM);
        StackColours colours = StackColours.of(stacks);
        assertEquals(Palette.swatchFor(StackColourKey.CONTAINER), colours.swatch("docker"), "the first keeps it");
        Set<Swatch> all = stacks.stream().map(s -> colours.swatch(s.id())).collect(Collectors.toSet());
        assertEquals(4, all.size());
        assertNotEquals(Swatch.BLACK, colours.swatch("crun"));
    }

    @Test
    void inEveryBuiltInLessonAStackHasTheColourOfWhatItIsSoAVmOnKvmIsBlueEverywhere() throws Exception {
        Map<StackColourKey, Set<Swatch>> seen = new EnumMap<>(StackColourKey.class);
        List<String> duplicates = new ArrayList<>();
        for (String lesson : Lessons.names()) {
            List<StackChoice> stacks = Lessons.load(lesson).scenario().stacks();
            StackColours colours = StackColours.of(stacks);
            Set<StackColourKey> keys = new HashSet<>();
            for (StackChoice stack : stacks) {
                StackColourKey key = StackColours.keyOf(stack.spec());
                if (!keys.add(key)) {
                    duplicates.add(lesson + "/" + stack.id());
                    continue;
                }
                seen.computeIfAbsent(key, k -> new HashSet<>()).add(colours.swatch(stack.id()));
            }
            assertEquals(stacks.size(), stacks.stream().map(s -> colours.swatch(s.id())).distinct().count(),
                    lesson + ": every stack told apart");
        }
        seen.forEach((key, swatches) -> assertEquals(Set.of(Palette.swatchFor(key)), swatches, key.toString()));
        assertEquals(Set.of(Swatch.BLUE), seen.get(StackColourKey.VM_TYPE1), "a full VM on KVM");
        // A lesson may compare variants of one kind: the same stack under another scheduler, or tuned another way
        // (lesson 19's runc behind NAT, KVM untuned and nested), on other node VMs (lesson 17's cloud KVM nodes
        // beside the laptop's VirtualBox-like one), in another version (lesson 20's Docker 1.12) or admitted another
        // way (lesson 21's by use); the first keeps the kind's colour, the rest are told apart above by the next
        // free one.
        assertEquals(List.of("k8s-spread-vs-binpacking/packed", "k8s-same-tooling-anywhere/cloud",
                "steady-state-overhead/nat", "steady-state-overhead/untuned", "steady-state-overhead/nested",
                "same-tool-got-faster/old", "reserved-vs-in-use/use", "reserved-vs-in-use/vmuse"), duplicates,
                "only variants of one stack (scheduler, nodes, tuning, version or admission) share a kind");
    }

    @Test
    void theMicroVmLessonsFullVmIsTheBlueOfHelloNotTheColourLeftOverByItsNeighbours() throws Exception {
        StackChoice helloVm = Lessons.load("hello").scenario().stacks().get(0);
        List<StackChoice> microvms = Lessons.load("microvms").scenario().stacks();
        StackChoice fullVm = microvms.stream().filter(s -> s.label().startsWith("Full VM")).findFirst().orElseThrow();
        assertEquals(StackColours.of(List.of(helloVm)).swatch(helloVm.id()),
                StackColours.of(microvms).swatch(fullVm.id()));
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
