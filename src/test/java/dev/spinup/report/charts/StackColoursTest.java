package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spinup.report.style.Palette;
import dev.spinup.report.style.StackColourKey;
import dev.spinup.report.style.Swatch;
import java.util.List;
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
    void anUnknownStackIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> StackColours.inOrder(List.of("a", "b")).colour("c"));
        assertEquals(true, e.getMessage().contains("\"c\""));
    }
}
