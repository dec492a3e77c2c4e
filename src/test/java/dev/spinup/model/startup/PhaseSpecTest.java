package dev.spinup.model.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.random.LogNormal;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.DiskSpec;
import dev.spinup.model.host.MemoryComponent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phase's time alone on an idle host, worked out by hand, and a phase stretched to a lesson's own figure. */
class PhaseSpecTest {

    /** 500 MB/s and 10 000 IOPS: a byte takes 2 ns, an operation 100 µs. */
    private static final DiskSpec DISK = new DiskSpec(DataRate.ofMegabytesPerSecond(500), 10_000);
    /** 250 MB/s: a byte takes 4 ns. */
    private static final DataRate NIC = DataRate.ofMegabytesPerSecond(250);
    private static final Source SOURCE = Source.ESTIMATE_PHASE_SPLIT;

    private static final PhaseSpec MIXED = PhaseSpec.of(PhaseKind.KERNEL, SOURCE,
            new Demand.CpuWork(Duration.ofMillis(30)),
            new Demand.DiskRead(DataSize.ofMB(5), 20),
            new Demand.DiskWrite(DataSize.ofMB(1)),
            new Demand.DiskImageRead("g/kernel", DataSize.ofMB(2), 0),
            new Demand.NetworkTransfer(DataSize.ofMB(1)),
            Demand.Latency.ofMillis(12),
            new Demand.Critical(ControlPoint.CGROUP_LOCK, Duration.ofMillis(3), Duration.ofMillis(1)),
            new Demand.LiveScan(Duration.ofMillis(9)),
            new Demand.ImagePull(),
            new Demand.MemoryTouch(MemoryComponent.APP, DataSize.ofMiB(64)));

    @Test
    void nominalTimeIsTheSumOfEachDemandAlone() {
        long expected = 30_000_000L        // CPU
                + 10_000_000L + 2_000_000L // 5 MB at 2 ns/B, 20 operations at 100 µs
                + 2_000_000L               // 1 MB written
                + 4_000_000L               // 2 MB disk image
                + 4_000_000L               // 1 MB over the NIC at 4 ns/B
                + 12_000_000L              // the wait
                + 3_000_000L;              // the critical section's fixed hold (not its growth)
        assertEquals(expected, MIXED.nominalNanos(DISK, NIC));
    }

    @Test
    void aRandomWaitCountsAtItsMean() {
        LogNormal wait = LogNormal.fromMedianAndP99(100, 200);
        PhaseSpec phase = PhaseSpec.of(PhaseKind.INIT, SOURCE, new Demand.Latency(wait));
        assertEquals(Math.round(wait.mean() * 1e6), phase.nominalNanos(DISK, NIC));
        assertTrue(wait.mean() > 100, "a right-skewed wait's mean lies above its median");
    }

    @Test
    void retimingScalesEveryDemandSoThePhaseTakesTheTarget() {
        PhaseSpec retimed = MIXED.retimed(Duration.ofMillis(201), DISK, NIC, Source.LESSON_SETTING);
        assertEquals(201_000_000L, retimed.nominalNanos(DISK, NIC), 2.0, "within rounding of whole bytes");
        assertEquals(Source.LESSON_SETTING, retimed.source());
        assertTrue(retimed.note().startsWith("Retimed to 201 ms alone"), retimed.note());
        assertEquals(new Demand.CpuWork(Duration.ofMillis(90)), retimed.demands().get(0), "× 3, like the rest");
        assertEquals(new Demand.DiskRead(DataSize.ofMB(15), 60), retimed.demands().get(1));
        assertEquals(new Demand.Critical(ControlPoint.CGROUP_LOCK, Duration.ofMillis(9), Duration.ofMillis(3)),
                retimed.demands().get(6), "growth per live instance scales with the phase");
        assertEquals(new Demand.LiveScan(Duration.ofMillis(9)), retimed.demands().get(7),
                "load-dependent scans are not part of the time alone, so they stay");
        assertEquals(new Demand.MemoryTouch(MemoryComponent.APP, DataSize.ofMiB(64)), retimed.demands().get(9),
                "memory is not time");
    }

    @Test
    void retimingAPhaseThatTakesNoTimeAddsAWait() {
        PhaseSpec instant = PhaseSpec.of(PhaseKind.APP, SOURCE,
                new Demand.MemoryTouch(MemoryComponent.APP, DataSize.ofMiB(1)));
        PhaseSpec retimed = instant.retimed(Duration.ofMillis(40), DISK, NIC, Source.LESSON_SETTING);
        assertEquals(40_000_000L, retimed.nominalNanos(DISK, NIC));
        assertEquals(2, retimed.demands().size());
    }

    @Test
    void retimingToZeroLeavesOnlyMemoryAndPulls() {
        PhaseSpec retimed = MIXED.retimed(Duration.ZERO, DISK, NIC, Source.LESSON_SETTING);
        assertEquals(0, retimed.nominalNanos(DISK, NIC));
        assertEquals(new Demand.ImagePull(), retimed.demands().get(8));
        assertEquals(MIXED.demands().get(9), retimed.demands().get(9));
    }

    @Test
    void replaceInChangesOnlyThePhaseOfThatKind() {
        PhaseSpec kernel = PhaseSpec.of(PhaseKind.KERNEL, SOURCE, Demand.Latency.ofMillis(1));
        PhaseSpec init = PhaseSpec.of(PhaseKind.INIT, SOURCE, Demand.Latency.ofMillis(2));
        List<PhaseSpec> out = PhaseSpec.replaceIn(List.of(kernel, init), PhaseKind.INIT, p -> p.withNote("x"));
        assertEquals(List.of(kernel, init.withNote("x")), out);
        assertThrows(IllegalArgumentException.class,
                () -> PhaseSpec.replaceIn(List.of(kernel), PhaseKind.FIRMWARE, p -> p));
    }

    @Test
    void demandsRejectNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> new Demand.CpuWork(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> new Demand.DiskRead(DataSize.ZERO, -1));
        assertThrows(IllegalArgumentException.class,
                () -> new Demand.Critical(ControlPoint.ENGINE_DAEMON, Duration.ZERO, Duration.ofMillis(-1)));
    }
}
