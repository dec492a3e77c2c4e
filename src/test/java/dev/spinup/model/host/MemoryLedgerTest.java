package dev.spinup.model.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reservations decide admission; residency, by component and net of page sharing, is what the host holds. */
class MemoryLedgerTest {

    @Test
    void reservationsAreRefusedBeyondCapacityWithTheShortfallInWords() {
        MemoryLedger ledger = new MemoryLedger(DataSize.ofMiB(792), OvercommitPolicy.REFUSE, 1.5);
        assertEquals(Optional.empty(), ledger.reserve(DataSize.ofMiB(612)));
        Refusal refusal = ledger.reserve(DataSize.ofMiB(612)).orElseThrow();
        assertEquals(Refusal.Reason.NOT_ENOUGH_MEMORY, refusal.reason());
        assertEquals("not enough memory: needs 612 MiB, 180 MiB free", refusal.message());
        assertEquals(612 * DataSize.MIB, ledger.reservedBytes(), "a refusal reserves nothing");
        ledger.unreserve(DataSize.ofMiB(612));
        assertEquals(0, ledger.reservedBytes());
        assertThrows(IllegalStateException.class, () -> ledger.unreserve(DataSize.ofMiB(1)));
    }

    @Test
    void withSwapTheLimitIsRamTimesTheOvercommitRatio() {
        MemoryLedger ledger = new MemoryLedger(DataSize.ofGiB(2), OvercommitPolicy.SWAP, 1.5);
        assertEquals(Optional.empty(), ledger.reserve(DataSize.ofGiB(3)));
        assertEquals("not enough memory: needs 1 MiB, 0 B free",
                ledger.reserve(DataSize.ofMiB(1)).orElseThrow().message());
    }

    @Test
    void residentMemoryIsTheSumOfItsPartsLessWhatPageSharingMerged() {
        MemoryLedger ledger = new MemoryLedger(DataSize.ofGiB(1), OvercommitPolicy.SWAP, 2);
        List<String> changes = new ArrayList<>();
        ledger.setListener((component, total) -> changes.add(component + "=" + total));
        ledger.add(MemoryComponent.GUEST_KERNEL_AND_OS, 600 * DataSize.MIB);
        ledger.add(MemoryComponent.APP, 700 * DataSize.MIB);
        ledger.add(MemoryComponent.PAGE_SHARING_SAVINGS, 100 * DataSize.MIB);
        ledger.add(MemoryComponent.APP, 0);

        assertEquals(1200 * DataSize.MIB, ledger.residentBytes());
        assertEquals(700 * DataSize.MIB, ledger.residentBytes(MemoryComponent.APP));
        assertEquals(1200 / 1024.0 - 1, ledger.swapPressure(), 1e-12);
        assertEquals(List.of("GUEST_KERNEL_AND_OS=" + 600 * DataSize.MIB, "APP=" + 700 * DataSize.MIB,
                "PAGE_SHARING_SAVINGS=" + 100 * DataSize.MIB), changes, "a change of nothing is not reported");

        ledger.add(MemoryComponent.APP, -700 * DataSize.MIB);
        assertEquals(0.0, ledger.swapPressure(), "no pressure while it fits");
        assertThrows(IllegalStateException.class, () -> ledger.add(MemoryComponent.APP, -1));
    }

    @Test
    void everyComponentSaysWhetherEachInstanceCarriesIt() {
        assertTrue(MemoryComponent.APP.perInstance());
        assertTrue(MemoryComponent.STRUCT_PAGE_TAX.perInstance());
        assertTrue(!MemoryComponent.ENGINE_DAEMON.perInstance());
        assertEquals("merged by page sharing (KSM)", MemoryComponent.PAGE_SHARING_SAVINGS.label());
    }

    @Test
    void aDiskChargesBandwidthForBytesAndIopsForOperations() {
        DiskSpec disk = new DiskSpec(DataRate.ofMegabytesPerSecond(2000), 200_000);
        assertEquals(0.5e9 / 1000 + 5 * 1e9 / 200_000, disk.deviceNanos(DataSize.ofMB(1).bytes(), 5), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> new DiskSpec(DataRate.ofMegabytesPerSecond(1), 0));
    }

    @Test
    void aHostSpecLeavesMemoryForInstancesAfterItsOwnOs() {
        DiskSpec disk = new DiskSpec(DataRate.ofMegabytesPerSecond(2000), 200_000);
        HostSpec host = new HostSpec("h", 16, DataSize.ofGiB(64), disk, DataRate.ofGigabitsPerSecond(10),
                DataSize.ofGiB(1), 4.0, OvercommitPolicy.REFUSE, 1.5);
        assertEquals(DataSize.ofGiB(63), host.memoryForInstances());
        assertEquals("h2", host.withName("h2").name());
        assertThrows(IllegalArgumentException.class, () -> new HostSpec("h", 0, DataSize.ofGiB(64), disk,
                DataRate.ofGigabitsPerSecond(10), DataSize.ofGiB(1), 4.0, OvercommitPolicy.REFUSE, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new HostSpec("h", 4, DataSize.ofGiB(1), disk,
                DataRate.ofGigabitsPerSecond(10), DataSize.ofGiB(1), 4.0, OvercommitPolicy.REFUSE, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new HostSpec("h", 4, DataSize.ofGiB(8), disk,
                DataRate.ofGigabitsPerSecond(10), DataSize.ofGiB(1), 0.5, OvercommitPolicy.REFUSE, 1.5));
    }
}
