package dev.spinup.orchestration;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;

/**
 * What the kubelet keeps back from pods, and so a node's allocatable as Kubernetes computes it: capacity −
 * kube-reserved − system-reserved − the hard eviction threshold. The reservations (kube + system together) are a
 * fixed part plus a share of capacity, as managed distributions document them.
 */
public record NodeReservation(Cited<Long> reservedMilliCpu, Cited<Double> reservedCpuShare,
                              Cited<DataSize> reservedMemory, Cited<Double> reservedMemoryShare,
                              Cited<DataSize> evictionThreshold) {

    public NodeReservation {
        if (reservedMilliCpu.value() < 0 || reservedCpuShare.value() < 0 || reservedCpuShare.value() >= 1
                || reservedMemoryShare.value() < 0 || reservedMemoryShare.value() >= 1) {
            throw new IllegalArgumentException("reservations must be ≥ 0 and shares below 1");
        }
    }

    /** 80 m + 1 % of CPU, 330 MiB + 5 % of memory, 100 MiB eviction threshold. */
    public static NodeReservation defaults() {
        return new NodeReservation(Cited.of(80L, Source.K8S_RESERVED_DISTRIBUTED_CLOUD),
                Cited.of(0.01, Source.K8S_RESERVED_DISTRIBUTED_CLOUD),
                Cited.of(DataSize.ofMiB(330), Source.K8S_RESERVED_DISTRIBUTED_CLOUD),
                Cited.of(0.05, Source.K8S_RESERVED_DISTRIBUTED_CLOUD),
                Cited.of(DataSize.ofMiB(100), Source.K8S_NODE_ALLOCATABLE));
    }

    /**
     * A node's allocatable. {@code heldByTheModel} is the memory the simulated node really keeps for itself (host
     * or guest OS, container engine, a shim per pod it may hold): system-reserved is at least that, or pods the
     * scheduler admits would not fit in the node's memory.
     */
    public Resources allocatable(int cores, DataSize capacity, DataSize heldByTheModel) {
        long cpuCapacity = cores * 1000L;
        long cpu = cpuCapacity - reservedMilliCpu.value() - Math.round(cpuCapacity * reservedCpuShare.value());
        long reserved = reservedMemory.value().bytes() + Math.round(capacity.bytes() * reservedMemoryShare.value());
        long memory = capacity.bytes() - Math.max(reserved, heldByTheModel.bytes())
                - evictionThreshold.value().bytes();
        return new Resources(Math.max(0, cpu), Math.max(0, memory));
    }
}
