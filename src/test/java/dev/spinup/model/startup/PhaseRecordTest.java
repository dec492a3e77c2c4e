package dev.spinup.model.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The narration of a phase: how long it took, and the reasons in the order they happened. */
class PhaseRecordTest {

    private static final long MS = SimTime.MILLISECOND;

    @Test
    void explainsTheDurationThenThePullThenEachSlowdown() {
        PullSummary pull = new PullSummary("nginx:1.27", 7, 1, 0, 6, DataSize.ofMB(68), 500 * MS, 800 * MS);
        PhaseRecord record = new PhaseRecord(PhaseKind.IMAGE_PULL, 0, 2100 * MS, 1500 * MS, List.of(
                new Contention(Contention.Kind.SHARED, "network", 400 * MS, 2.4, Source.ESTIMATE_DISK_BANDWIDTH),
                new Contention(Contention.Kind.QUEUED, "the container engine daemon", 200 * MS, 1,
                        Source.ESTIMATE_CONTROL_POINT_COSTS)),
                Optional.of(pull), Source.PULL_SHARE_OF_START);
        assertEquals("image pull: 2.1 s; pulled 6 of 7 layers of nginx:1.27 (64.8 MiB); 1 was already cached;"
                + " lost 400 ms sharing the network with about 2 others;"
                + " waited 200 ms for the container engine daemon, behind 1 other", record.explain());
        assertEquals(Contention.Kind.SHARED, record.worstContention().orElseThrow().kind());
    }

    @Test
    void aPhaseWithNothingInItsWayHasNoWorstContention() {
        PhaseRecord record = new PhaseRecord(PhaseKind.KERNEL, 5, 10, 5, List.of(), Optional.empty(),
                Source.FULL_DISTRO_GUEST_BOOT);
        assertEquals(Optional.empty(), record.worstContention());
        assertEquals("guest kernel: 5 ns", record.explain());
        assertThrows(IllegalArgumentException.class, () -> new PhaseRecord(PhaseKind.KERNEL, 10, 5, 0, List.of(),
                Optional.empty(), Source.FULL_DISTRO_GUEST_BOOT));
    }

    @Test
    void growthAndSwappingHaveTheirOwnSentences() {
        assertEquals("lost 45 ms because the hypervisor toolstack had 90 live instances to keep track of",
                new Contention(Contention.Kind.GROWTH, "the hypervisor toolstack", 45 * MS, 90,
                        Source.ESTIMATE_CONTROL_POINT_COSTS).explain());
        assertEquals("lost 2 s because the host was swapping",
                new Contention(Contention.Kind.SWAPPING, "memory", 2000 * MS, 0,
                        Source.ESTIMATE_SWAP_SLOWDOWN).explain());
        assertEquals("all 3 layers of alpine:3.20 were already on the host",
                new PullSummary("alpine:3.20", 3, 3, 0, 0, DataSize.ZERO, 0, 0).explain());
    }
}
