package dev.spinup.model.profiles;

import static dev.spinup.model.catalogue.Source.BLOCK_IO_OVERHEAD;
import static dev.spinup.model.catalogue.Source.ESTIMATE_RUNTIME_OVERHEADS;
import static dev.spinup.model.catalogue.Source.ESTIMATE_TYPE2_OVERHEAD;
import static dev.spinup.model.catalogue.Source.FIRECRACKER_CPU;
import static dev.spinup.model.catalogue.Source.FIRECRACKER_IO_SPEC;
import static dev.spinup.model.catalogue.Source.GVISOR_CASE_STUDY_OVERHEADS;
import static dev.spinup.model.catalogue.Source.GVISOR_CPU_MEMORY;
import static dev.spinup.model.catalogue.Source.LINPACK_OVERHEAD;
import static dev.spinup.model.catalogue.Source.MEMORY_BANDWIDTH_OVERHEAD;
import static dev.spinup.model.catalogue.Source.NESTED_VIRTUALIZATION;
import static dev.spinup.model.catalogue.Source.NESTED_WITHOUT_EPT;
import static dev.spinup.model.catalogue.Source.NETWORK_RTT_OVERHEAD;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.stack.RuntimeOverhead;
import java.time.Duration;

/** Steady-state overhead factors of each stack family, each from its row of calibration.md. */
final class Overheads {

    /**
     * KVM with pinned vCPUs and the cache topology exposed (Felter et al.: −2 % Linpack), STREAM −1 to −3 %,
     * virtio-blk at half the random IOPS, +30 µs per round trip.
     */
    static final RuntimeOverhead KVM = new RuntimeOverhead(
            Cited.of(1.02, LINPACK_OVERHEAD),
            Cited.of(1.02, MEMORY_BANDWIDTH_OVERHEAD),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(2.0, BLOCK_IO_OVERHEAD),
            Cited.of(Duration.ofNanos(30_000), NETWORK_RTT_OVERHEAD));

    /** KVM out of the box: 241.3 of 290.8 native GFLOPS in Linpack, so CPU-bound work takes 290.8 / 241.3 longer. */
    static final RuntimeOverhead KVM_UNTUNED = new RuntimeOverhead(
            Cited.of(290.8 / 241.3, LINPACK_OVERHEAD),
            KVM.memoryBandwidth(), KVM.syscall(), KVM.randomIo(), KVM.networkRoundTrip());

    /** A KVM guest inside a KVM guest with nested EPT: 6–8 % slower than one level (the Turtles project), 7 %. */
    static final RuntimeOverhead KVM_NESTED = KVM.nested(1.07, NESTED_VIRTUALIZATION);

    /** Nested without nested EPT: the inner guest gets about a quarter of the host's CPU and memory speed. */
    static final RuntimeOverhead KVM_NESTED_NO_EPT = new RuntimeOverhead(
            Cited.of(4.0, NESTED_WITHOUT_EPT),
            Cited.of(4.0, NESTED_WITHOUT_EPT),
            KVM_NESTED.syscall(), KVM_NESTED.randomIo(), KVM_NESTED.networkRoundTrip());

    static final RuntimeOverhead TYPE2 = new RuntimeOverhead(
            Cited.of(1.13, ESTIMATE_TYPE2_OVERHEAD),
            Cited.of(1.05, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(2.5, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(Duration.ofNanos(60_000), ESTIMATE_RUNTIME_OVERHEADS));

    /** Firecracker: >95 % of bare-metal CPU (spec), memory as KVM's, +0.06 ms per round trip (spec). */
    static final RuntimeOverhead FIRECRACKER = new RuntimeOverhead(
            Cited.of(1.05, FIRECRACKER_CPU),
            Cited.of(1.02, MEMORY_BANDWIDTH_OVERHEAD),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(2.0, BLOCK_IO_OVERHEAD),
            Cited.of(Duration.ofNanos(60_000), FIRECRACKER_IO_SPEC));

    /** runc: native CPU, memory and I/O (Felter et al.: Docker ≈ native); NAT doubles the round trip (~+35 µs). */
    static final RuntimeOverhead RUNC = new RuntimeOverhead(
            Cited.of(1.0, LINPACK_OVERHEAD),
            Cited.of(1.0, MEMORY_BANDWIDTH_OVERHEAD),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(1.0, BLOCK_IO_OVERHEAD),
            Cited.of(Duration.ofNanos(35_000), NETWORK_RTT_OVERHEAD));

    /** runc with {@code --net=host}: the container uses the host's own network stack, ≈ native round trips. */
    static final RuntimeOverhead RUNC_HOST_NETWORK = new RuntimeOverhead(RUNC.cpu(), RUNC.memoryBandwidth(),
            RUNC.syscall(), RUNC.randomIo(), Cited.of(Duration.ZERO, NETWORK_RTT_OVERHEAD));

    /** gVisor: raw CPU and memory unchanged; system calls 2.2× and small-file reads 11× (Young et al., HotCloud'19). */
    static final RuntimeOverhead GVISOR = new RuntimeOverhead(
            Cited.of(1.0, GVISOR_CPU_MEMORY),
            Cited.of(1.0, GVISOR_CPU_MEMORY),
            Cited.of(2.2, GVISOR_CASE_STUDY_OVERHEADS),
            Cited.of(11.0, GVISOR_CASE_STUDY_OVERHEADS),
            Cited.of(Duration.ofNanos(100_000), ESTIMATE_RUNTIME_OVERHEADS));

    /** Bare metal: every factor 1, nothing added to a round trip. */
    static final RuntimeOverhead NATIVE = new RuntimeOverhead(
            Cited.of(1.0, LINPACK_OVERHEAD),
            Cited.of(1.0, MEMORY_BANDWIDTH_OVERHEAD),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(1.0, BLOCK_IO_OVERHEAD),
            Cited.of(Duration.ZERO, NETWORK_RTT_OVERHEAD));

    private Overheads() {
    }
}
