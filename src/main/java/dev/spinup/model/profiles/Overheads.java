package dev.spinup.model.profiles;

import static dev.spinup.model.catalogue.Source.BLOCK_IO_OVERHEAD;
import static dev.spinup.model.catalogue.Source.ESTIMATE_RUNTIME_OVERHEADS;
import static dev.spinup.model.catalogue.Source.ESTIMATE_TYPE2_OVERHEAD;
import static dev.spinup.model.catalogue.Source.FIRECRACKER_CPU;
import static dev.spinup.model.catalogue.Source.FIRECRACKER_IO_SPEC;
import static dev.spinup.model.catalogue.Source.GVISOR_CASE_STUDY_OVERHEADS;
import static dev.spinup.model.catalogue.Source.GVISOR_CPU_MEMORY;
import static dev.spinup.model.catalogue.Source.LINPACK_OVERHEAD;
import static dev.spinup.model.catalogue.Source.NETWORK_RTT_OVERHEAD;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.stack.RuntimeOverhead;
import java.time.Duration;

/** Steady-state overhead factors of each stack family, each from its row of calibration.md. */
final class Overheads {

    /** KVM with pinned vCPUs (Felter et al.: −2 % Linpack), virtio-blk at half the random IOPS, +30 µs per RTT. */
    static final RuntimeOverhead KVM = new RuntimeOverhead(
            Cited.of(1.02, LINPACK_OVERHEAD),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(2.0, BLOCK_IO_OVERHEAD),
            Cited.of(Duration.ofNanos(30_000), NETWORK_RTT_OVERHEAD));

    static final RuntimeOverhead TYPE2 = new RuntimeOverhead(
            Cited.of(1.13, ESTIMATE_TYPE2_OVERHEAD),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(2.5, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(Duration.ofNanos(60_000), ESTIMATE_RUNTIME_OVERHEADS));

    /** Firecracker: >95 % of bare-metal CPU (spec), +0.06 ms per round trip (spec). */
    static final RuntimeOverhead FIRECRACKER = new RuntimeOverhead(
            Cited.of(1.05, FIRECRACKER_CPU),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(2.0, BLOCK_IO_OVERHEAD),
            Cited.of(Duration.ofNanos(60_000), FIRECRACKER_IO_SPEC));

    /** runc: native CPU and I/O (Felter et al.: Docker ≈ native); NAT doubles the round trip (~+35 µs). */
    static final RuntimeOverhead RUNC = new RuntimeOverhead(
            Cited.of(1.0, LINPACK_OVERHEAD),
            Cited.of(1.0, ESTIMATE_RUNTIME_OVERHEADS),
            Cited.of(1.0, BLOCK_IO_OVERHEAD),
            Cited.of(Duration.ofNanos(35_000), NETWORK_RTT_OVERHEAD));

    /** gVisor: raw CPU unchanged; system calls 2.2× and small-file reads 11× (Young et al., HotCloud'19). */
    static final RuntimeOverhead GVISOR = new RuntimeOverhead(
            Cited.of(1.0, GVISOR_CPU_MEMORY),
            Cited.of(2.2, GVISOR_CASE_STUDY_OVERHEADS),
            Cited.of(11.0, GVISOR_CASE_STUDY_OVERHEADS),
            Cited.of(Duration.ofNanos(100_000), ESTIMATE_RUNTIME_OVERHEADS));

    private Overheads() {
    }
}
