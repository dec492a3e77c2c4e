package dev.spinup.model.profiles;

import static dev.spinup.model.profiles.Phases.cpuMillis;
import static dev.spinup.model.profiles.Phases.critical;
import static dev.spinup.model.profiles.Phases.phase;
import static dev.spinup.model.profiles.Phases.readMB;
import static dev.spinup.model.profiles.Phases.waitMillis;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.HypervisorType;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import dev.spinup.model.startup.StoreWork;
import java.time.Duration;
import java.util.List;

/** The hypervisors and VMMs of the catalogue, from a full QEMU with SeaBIOS down to Firecracker. */
public final class Hypervisors {

    private static final Cited<DataSize> LIBVIRT_SERVICES =
            Cited.of(DataSize.ofMiB(64), Source.ESTIMATE_HYPERVISOR_FOOTPRINT);
    private static final Cited<Duration> FULL_SHUTDOWN = Cited.of(Duration.ofSeconds(3), Source.ESTIMATE_SHUTDOWN);
    private static final Cited<Duration> MINIMAL_SHUTDOWN = Cited.of(Duration.ofMillis(50), Source.ESTIMATE_SHUTDOWN);

    /** QEMU's own start, ~38 ms for the pc machine (Unikraft EuroSys'21 artifact). */
    private static final PhaseSpec QEMU_START = phase(PhaseKind.VMM_START, Source.VMM_START_UNIKERNEL,
            cpuMillis(30), waitMillis(7, 12));

    public static final HypervisorProfile KVM_QEMU = new HypervisorProfile("kvm-qemu",
            "KVM + QEMU with SeaBIOS", HypervisorType.TYPE_1,
            List.of(QEMU_START,
                    phase(PhaseKind.FIRMWARE, Source.QEMU_LEGACY_BIOS_STARTUP, cpuMillis(40), waitMillis(560, 660))),
            Cited.of(DataSize.ofMB(131), Source.VMM_MEMORY_OVERHEAD), LIBVIRT_SERVICES, Overheads.KVM,
            FULL_SHUTDOWN);

    /** QEMU stripped for a minimal guest: SeaBIOS without option ROMs, ~96 ms (244 − 38 − 110 ms, FC NSDI'20). */
    public static final HypervisorProfile QEMU_MINIMAL = new HypervisorProfile("qemu-minimal",
            "QEMU, minimal machine with SeaBIOS", HypervisorType.TYPE_1,
            List.of(QEMU_START,
                    phase(PhaseKind.FIRMWARE, Source.QEMU_SEABIOS_MINIMAL_BOOT, cpuMillis(20), waitMillis(76, 88))
                            .withNote("The firmware share is derived: p50 244 ms end to end, minus QEMU's ~38 ms"
                                    + " start and the minimal kernel's ~110 ms.")),
            Cited.of(DataSize.ofMB(131), Source.VMM_MEMORY_OVERHEAD), LIBVIRT_SERVICES, Overheads.KVM,
            MINIMAL_SHUTDOWN);

    /**
     * XenStore as xl create uses it: 177 requests plus 3 per running domain (counted in the ukboot traces), each
     * 0.1 ms on an empty store plus 4.07 µs per running domain, fitted to the create-time curve (the traces' own
     * 0.21 ms per request idle includes the client's round trip, which is not the store's).
     */
    public static final StoreWork XENSTORE_PER_CREATE = new StoreWork(177, 3, Duration.ofNanos(100_000),
            Duration.ofNanos(4_070));

    /**
     * QEMU's minimal machine with qboot instead of SeaBIOS: p50 214 ms end to end on the same minimal Linux
     * (FC NSDI'20 data), so the firmware phase is ~66 ms (214 − 38 − 110); qboot itself is 15–20 ms to kernel
     * entry, the rest is QEMU's device set-up before it.
     */
    public static final HypervisorProfile QEMU_QBOOT = new HypervisorProfile("qemu-qboot",
            "QEMU, minimal machine with qboot", HypervisorType.TYPE_1,
            List.of(QEMU_START,
                    phase(PhaseKind.FIRMWARE, Source.QEMU_QBOOT_MINIMAL_BOOT, cpuMillis(15), waitMillis(51, 56))
                            .withNote("Derived: p50 214 ms end to end, minus QEMU's ~38 ms start and the minimal"
                                    + " kernel's ~110 ms; qboot itself takes 15–20 ms to kernel entry ("
                                    + Source.QBOOT_FIRMWARE.key() + ").")),
            Cited.of(DataSize.ofMB(131), Source.VMM_MEMORY_OVERHEAD), LIBVIRT_SERVICES, Overheads.KVM,
            MINIMAL_SHUTDOWN);

    /**
     * Xen with a paravirtualised guest: no QEMU and no firmware, but every create goes through the toolstack and
     * XenStore, a single-threaded store whose work per create grows with the domains running, so that create
     * time is quadratic in them (167 ms idle, 3.9 s with 500 running).
     */
    public static final HypervisorProfile XEN = new HypervisorProfile("xen",
            "Xen, PV guest via the xl toolstack", HypervisorType.TYPE_1,
            List.of(phase(PhaseKind.TOOLSTACK, Source.XENSTORE_GROWTH,
                    critical(ControlPoint.HYPERVISOR_TOOLSTACK, 150, 0),
                    new Demand.Critical(ControlPoint.XENSTORE, XENSTORE_PER_CREATE))
                    .withNote("xl create: 150 ms of domain building in the toolstack, then XenStore: 177 requests"
                            + " + 3 per running domain (counted in the ukboot traces), each 0.1 ms + 4.07 µs per"
                            + " running domain; service times and the 150 ms fitted to its create times, 167 ms"
                            + " idle to 3.9 s at 500 domains.")),
            Cited.of(DataSize.ofMiB(8), Source.ESTIMATE_HYPERVISOR_FOOTPRINT), LIBVIRT_SERVICES, Overheads.KVM,
            FULL_SHUTDOWN);

    /** A VMware-ESXi-like type 1 with UEFI firmware; no published boot figures, so KVM-like with UEFI. */
    public static final HypervisorProfile ESXI_LIKE = new HypervisorProfile("esxi-like",
            "ESXi-like type-1 hypervisor with UEFI", HypervisorType.TYPE_1,
            List.of(phase(PhaseKind.VMM_START, Source.ESTIMATE_HYPERVISOR_GUEST_BOOT_GAP, cpuMillis(40),
                            waitMillis(60, 90)),
                    phase(PhaseKind.FIRMWARE, Source.ESTIMATE_FIRMWARE_PHASE, cpuMillis(100), waitMillis(1400, 2000))),
            Cited.of(DataSize.ofMiB(100), Source.ESTIMATE_HYPERVISOR_FOOTPRINT), LIBVIRT_SERVICES, Overheads.KVM,
            FULL_SHUTDOWN);

    /** A VirtualBox-like type 2: the hypervisor is an application that must start on the host OS first. */
    public static final HypervisorProfile VIRTUALBOX_LIKE = new HypervisorProfile("virtualbox-like",
            "VirtualBox-like type-2 hypervisor", HypervisorType.TYPE_2,
            List.of(phase(PhaseKind.VMM_START, Source.ESTIMATE_TYPE2_OVERHEAD, cpuMillis(600), readMB(150, 3000),
                            waitMillis(1200, 2500)),
                    phase(PhaseKind.FIRMWARE, Source.ESTIMATE_FIRMWARE_PHASE, cpuMillis(50), waitMillis(1500, 3000))),
            Cited.of(DataSize.ofMiB(100), Source.ESTIMATE_TYPE2_OVERHEAD),
            Cited.of(DataSize.ofMiB(150), Source.ESTIMATE_HYPERVISOR_FOOTPRINT), Overheads.TYPE2, FULL_SHUTDOWN);

    /**
     * Firecracker: 8 CPU-ms to start the VMM; process spawn plus API configuration is what separates the 110 ms
     * boot-to-init from the 161–196 ms end to end (FC NSDI'20 data). No firmware: it boots the kernel directly.
     */
    public static final HypervisorProfile FIRECRACKER = new HypervisorProfile("firecracker",
            "Firecracker microVM", HypervisorType.MICROVM,
            List.of(phase(PhaseKind.VMM_START, Source.FIRECRACKER_BOOT_END_TO_END, cpuMillis(8), waitMillis(55, 90))
                    .withNote("8 CPU-ms is the spec's VMM start; the wait is end to end (161–196 ms) minus boot to"
                            + " init (110 ms) minus that CPU time.")),
            Cited.of(DataSize.ofMB(2.5), Source.VMM_MEMORY_OVERHEAD),
            Cited.of(DataSize.ZERO, Source.FIRECRACKER_VMM_MEMORY), Overheads.FIRECRACKER, MINIMAL_SHUTDOWN);

    /** Cloud Hypervisor: 13.3 MB per VM (FC NSDI'20 data); start-up assumed Firecracker-like, no figure found. */
    public static final HypervisorProfile CLOUD_HYPERVISOR = new HypervisorProfile("cloud-hypervisor",
            "Cloud Hypervisor microVM", HypervisorType.MICROVM,
            List.of(phase(PhaseKind.VMM_START, Source.ESTIMATE_HYPERVISOR_GUEST_BOOT_GAP, cpuMillis(10),
                    waitMillis(60, 100))),
            Cited.of(DataSize.ofMB(13.3), Source.VMM_MEMORY_OVERHEAD),
            Cited.of(DataSize.ZERO, Source.ESTIMATE_HYPERVISOR_FOOTPRINT), Overheads.FIRECRACKER, MINIMAL_SHUTDOWN);

    public static final List<HypervisorProfile> ALL = List.of(KVM_QEMU, QEMU_MINIMAL, QEMU_QBOOT, XEN, ESXI_LIKE,
            VIRTUALBOX_LIKE, FIRECRACKER, CLOUD_HYPERVISOR);

    private Hypervisors() {
    }
}
