package dev.spinup.model.profiles;

import static dev.spinup.model.profiles.Phases.cpuMillis;
import static dev.spinup.model.profiles.Phases.bootFileMB;
import static dev.spinup.model.profiles.Phases.phase;
import static dev.spinup.model.profiles.Phases.readMB;
import static dev.spinup.model.profiles.Phases.waitMillis;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.GuestOsProfile;
import dev.spinup.model.startup.PhaseKind;
import java.util.List;

/** The guest operating systems a VM can boot: a full server distribution and a minimal Linux. */
public final class GuestSystems {

    private static final Cited<Double> STRUCT_PAGE = Cited.of(0.0156, Source.STRUCT_PAGE_TAX);
    private static final Cited<DataSize> HIDDEN = Cited.of(DataSize.ofMB(16), Source.STRUCT_PAGE_TAX);

    /**
     * An Ubuntu server cloud image with cloud-init: 2.85 s of kernel (with its initrd) and 12.24 s of userspace
     * by systemd-analyze (canonical/cloud-init PR #4535). Its bootloader, kernel, initrd and root filesystem are
     * read through the host's page cache from the base image every VM of it shares; its random reads are its own
     * (the overlay's metadata and blocks, a VDI boot's ~150 IOPS), so they always go to the disk.
     */
    public static final GuestOsProfile UBUNTU_CLOUD = new GuestOsProfile("ubuntu-cloud",
            "Ubuntu server cloud image", List.of(
                    phase(PhaseKind.BOOTLOADER, Source.ESTIMATE_BOOTLOADER_PHASE, cpuMillis(40),
                            bootFileMB("ubuntu-cloud/bootloader", 15, 0), readMB(0, 200), waitMillis(250, 400)),
                    phase(PhaseKind.KERNEL, Source.FULL_DISTRO_GUEST_BOOT, cpuMillis(1100),
                            bootFileMB("ubuntu-cloud/vmlinuz", 40, 0), readMB(0, 2000), waitMillis(850, 1100)),
                    phase(PhaseKind.INITRD, Source.FULL_DISTRO_GUEST_BOOT, cpuMillis(400),
                            bootFileMB("ubuntu-cloud/initrd", 60, 0), readMB(0, 2000), waitMillis(420, 600)),
                    phase(PhaseKind.INIT, Source.FULL_DISTRO_GUEST_BOOT, bootFileMB("ubuntu-cloud/rootfs", 400, 0),
                            readMB(0, 20_000), cpuMillis(3500), waitMillis(8500, 11_000))),
            Cited.of(DataSize.ofMiB(250), Source.ESTIMATE_FULL_DISTRO_IDLE_RSS), STRUCT_PAGE, HIDDEN);

    /**
     * The minimal kernel and rootfs of Firecracker's own benchmarks: the kernel reaches init in p50 110 ms,
     * p99 115 ms (FC NSDI'20 data) and ~47 MB is in use once idle. Every microVM boots the same kernel and
     * read-only rootfs file, so a storm reads them from disk once and from the page cache after.
     */
    public static final GuestOsProfile MINIMAL_LINUX = new GuestOsProfile("minimal-linux",
            "Minimal Linux (benchmark kernel and rootfs)", List.of(
                    phase(PhaseKind.KERNEL, Source.FIRECRACKER_BOOT_TO_INIT, cpuMillis(70),
                            bootFileMB("minimal-linux/kernel-and-rootfs", 4, 100), waitMillis(38, 43)),
                    phase(PhaseKind.INIT, Source.ESTIMATE_USERSPACE_PHASE, cpuMillis(3), waitMillis(2))),
            Cited.of(DataSize.ofMB(47), Source.MINIMAL_GUEST_FOOTPRINT), STRUCT_PAGE, HIDDEN);

    /**
     * Amazon Linux 2023, a cloud image trimmed to boot fast: boot to SSH took 3.2 s on EC2 (~2025), of which
     * ~1 s is cloud-init's metadata and keys and ~0.18 s the first reads' hydration in this model, leaving ~2 s for
     * kernel and init (the split is an estimate). It reads ~35 MB at boot.
     */
    public static final GuestOsProfile AMAZON_LINUX_2023 = new GuestOsProfile("amazon-linux-2023",
            "Amazon Linux 2023", List.of(
                    phase(PhaseKind.KERNEL, Source.EC2_LAUNCH_2025, cpuMillis(300),
                            bootFileMB("amazon-linux-2023/kernel-and-initrd", 20, 100), waitMillis(320, 450)),
                    phase(PhaseKind.INIT, Source.EC2_LAUNCH_2025, bootFileMB("amazon-linux-2023/rootfs", 15, 0),
                            readMB(0, 500), cpuMillis(500), waitMillis(750, 1100))),
            Cited.of(DataSize.ofMiB(150), Source.ESTIMATE_FULL_DISTRO_IDLE_RSS), STRUCT_PAGE, HIDDEN);

    private static final Cited<DataSize> NO_PAGE_ARRAY = Cited.of(DataSize.ZERO, Source.ESTIMATE_UNIKERNEL_FOOTPRINT);

    /**
     * A Mini-OS or Unikraft unikernel: one address space, no init, booting in 0.05–1.7 ms once its VMM has
     * started (Unikraft EuroSys'21 artifact), small enough for the 32 MB domains of the XenStore and LightVM
     * experiments.
     */
    public static final GuestOsProfile MINI_OS = new GuestOsProfile("mini-os",
            "Mini-OS / Unikraft unikernel", List.of(
                    phase(PhaseKind.KERNEL, Source.VMM_START_UNIKERNEL, cpuMillis(0.3), waitMillis(0.2, 1.4))),
            Cited.of(DataSize.ofMiB(4), Source.ESTIMATE_UNIKERNEL_FOOTPRINT),
            Cited.of(0.0, Source.ESTIMATE_UNIKERNEL_FOOTPRINT), NO_PAGE_ARRAY);

    public static final List<GuestOsProfile> ALL = List.of(UBUNTU_CLOUD, MINIMAL_LINUX, MINI_OS, AMAZON_LINUX_2023);

    private GuestSystems() {
    }
}
