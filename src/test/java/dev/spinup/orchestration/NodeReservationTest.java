package dev.spinup.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import org.junit.jupiter.api.Test;

/** Allocatable as the kubelet computes it, on the worked example of the cited documentation. */
class NodeReservationTest {

    private static final long MIB = 1L << 20;

    @Test
    void allocatableIsCapacityMinusReservationsMinusTheEvictionThreshold() {
        NodeReservation defaults = NodeReservation.defaults();
        // 4 cores, 8 GiB: 80 m + 1 % of 4 000 m = 120 m; 330 MiB + 5 % of 8 GiB = 739.6 MiB; eviction 100 MiB.
        Resources allocatable = defaults.allocatable(4, DataSize.ofGiB(8), DataSize.ofMiB(200));
        assertEquals(3_880, allocatable.milliCpu());
        assertEquals(8192 * MIB - (330 * MIB + Math.round(8192 * MIB * 0.05)) - 100 * MIB, allocatable.memoryBytes());
        assertEquals(Source.K8S_RESERVED_DISTRIBUTED_CLOUD, defaults.reservedMemory().source());
        assertEquals(Source.K8S_NODE_ALLOCATABLE, defaults.evictionThreshold().source());
    }

    @Test
    void systemReservedCoversAtLeastWhatTheSimulatedNodeHoldsForItself() {
        // A node whose OS, engine and shims hold 2 GiB keeps those back, not the smaller documented reservation.
        Resources allocatable = NodeReservation.defaults().allocatable(4, DataSize.ofGiB(8), DataSize.ofGiB(2));
        assertEquals((8192 - 2048 - 100) * MIB, allocatable.memoryBytes());
    }
}
