package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.Scenario;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SweptQuantityTest {

    @Test
    void aPathIsNamedInWordsAndAStacksQuantityNamesItsStackWithoutTheLessonsValue() throws Exception {
        Scenario density = Lessons.load("density").scenario();
        SweptQuantity memory = SweptQuantity.of("$.stacks[0].memory", density);
        assertEquals("stacks[0].memory", memory.path());
        assertEquals("guest RAM per VM", memory.words());
        assertEquals(Optional.of("1 GiB"), memory.lessonValue());
        assertEquals("guest RAM per VM of VMs (KVM + Ubuntu)", memory.wordsWithStack());
        assertEquals("instances asked for", SweptQuantity.of("workload.instances", density).words());
        assertEquals("host RAM", SweptQuantity.of("hardware.hosts[0].memory", density).words());
        assertEquals("kernel phase", SweptQuantity.of("stacks[0].overrides.phases.kernel").words());
        assertEquals("manifest latency", SweptQuantity.of("hardware.registry.manifestLatency").words());
        assertEquals("containers per node", SweptQuantity.of("stacks[1].containersPerNode").words().substring(0, 19));
    }

    @Test
    void aLabelNamingTheLessonsValueNamesTheSweptRangeInstead() throws Exception {
        Scenario density = Lessons.load("density").scenario();
        SweepRange range = SweepRange.parse("512 MiB..4 GiB", 4, false);
        SweptQuantity memory = SweptQuantity.of("stacks[0].memory", density);
        assertEquals(List.of("VMs (KVM + Ubuntu, 512 MiB\u20134 GiB)", "microVMs (Firecracker, 128 MiB)",
                "Containers (Docker)"), memory.labels(density.stacks().stream().map(s -> s.label()).toList(), range));
    }

    @Test
    void aBareNumberInALabelIsNotTakenForTheSweptValue() throws Exception {
        Scenario density = Lessons.load("density").scenario();
        SweptQuantity vcpus = SweptQuantity.of("stacks[0].vcpus", density);
        assertEquals(Optional.of("1"), vcpus.lessonValue());
        String label = density.stacks().get(0).label();
        assertTrue(label.contains("1 GiB"), "a 1 that is not the vCPU count: " + label);
        assertEquals("vCPUs per VM of " + label, vcpus.wordsWithStack());
        assertEquals(label, vcpus.label(label, SweepRange.parse("1..8", 4, false)));
    }

    @Test
    void valuesBetweenTheEndsAreRoundedToAUnitAPersonWouldType() {
        SweepRange sizes = SweepRange.parse("512 MiB..4 GiB", 6, true);
        assertEquals(SweepRange.Kind.SIZE, sizes.kind());
        assertTrue(sizes.geometric());
        assertEquals("512 MiB", sizes.values().get(0).text());
        assertEquals("776 MiB", sizes.values().get(1).text());
        assertEquals("4 GiB", sizes.values().get(5).text());
        assertEquals(776.0 * (1 << 20), sizes.values().get(1).x());
        for (SweepRange.SweepValue v : sizes.values()) {
            assertFalse(v.text().endsWith(" B"), v.text());
        }
        SweepRange times = SweepRange.parse("0 s..2 s", 4, false);
        assertEquals(SweepRange.Kind.DURATION, times.kind());
        assertEquals(List.of("0 ns", "667 ms", "1333 ms", "2 s"), times.values().stream().map(v -> v.text()).toList());
        assertEquals("512 MiB\u20134 GiB", sizes.span());
        SweepRange counts = SweepRange.parse("1..500", 10, false);
        assertEquals(SweepRange.Kind.COUNT, counts.kind());
        assertFalse(counts.geometric());
    }
}
