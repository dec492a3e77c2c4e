package dev.spinup.model.validation;

import dev.spinup.engine.stats.Tally;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.model.host.DiskSpec;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Clouds;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.profiles.OverheadProfile;
import dev.spinup.model.runtime.Mechanisms;
import dev.spinup.model.stack.CloudProfile;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.GuestOsProfile;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.stack.RootVolume;
import dev.spinup.model.stack.RuntimeOverhead;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.PhaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model's single-instance figures beside the published figures they are calibrated on: boot and start times
 * (medians and 99th percentiles over many instances, each alone on its own host), memory per VM, the slowdown of a
 * loaded host, and how many instances fit on a host. A figure quoted as one number must be matched within ±10 %;
 * a quoted range must contain the model's value; a count worked out by formula must be met exactly.
 */
public final class Validation {

    /** Instances per distribution: enough for a stable 99th percentile. */
    static final int SAMPLES = 1000;
    static final long SEED = 2020;

    private static final Set<PhaseKind> FC_TO_INIT = Set.of(PhaseKind.KERNEL);
    private static final Set<PhaseKind> SPAWN_TO_INIT = Set.of(PhaseKind.VMM_START, PhaseKind.FIRMWARE,
            PhaseKind.KERNEL);
    private static final Set<PhaseKind> GUEST_KERNEL = Set.of(PhaseKind.KERNEL, PhaseKind.INITRD);
    private static final Set<PhaseKind> GUEST_USERSPACE = Set.of(PhaseKind.INIT);
    private static final Set<PhaseKind> CLOUD_BOOT_TO_SSH = Set.of(PhaseKind.BOOTLOADER, PhaseKind.KERNEL,
            PhaseKind.INITRD, PhaseKind.INIT, PhaseKind.CLOUD_INIT);
    private static final Set<PhaseKind> CLOUD_LAUNCH_TO_SSH = Set.of(PhaseKind.API_CALL, PhaseKind.PROVISIONING,
            PhaseKind.BOOTLOADER, PhaseKind.KERNEL, PhaseKind.INITRD, PhaseKind.INIT, PhaseKind.CLOUD_INIT);

    private Validation() {
    }

    /** Every row, computed afresh from the catalogue (a few seconds of simulation). */
    public static List<ValidationRow> rows() {
        List<ValidationRow> rows = new ArrayList<>();
        microVmBoots(rows);
        fullDistroBoot(rows);
        containerStarts(rows);
        eras(rows);
        cloudLaunches(rows);
        storesThatFill(rows);
        bootStorms(rows);
        memory(rows);
        density(rows);
        steadyState(rows);
        return List.copyOf(rows);
    }

    /**
     * How fast work runs once started (calibration §1g): each stack's benchmarks alone on a classroom host, the
     * measured slowdown set beside the published throughput share or latency ratio.
     */
    private static void steadyState(List<ValidationRow> rows) {
        DataSize ram = DataSize.ofMiB(256);
        Map<ResourceClass, Double> kvm = SteadyStateRuns.slowdowns(vm(Hypervisors.KVM_QEMU, GuestSystems.MINIMAL_LINUX,
                1, ram));
        Map<ResourceClass, Double> untuned = SteadyStateRuns.slowdowns(vm(Hypervisors.KVM_QEMU
                .withOverhead(OverheadProfile.KVM_UNTUNED.overhead()), GuestSystems.MINIMAL_LINUX, 1, ram));
        Map<ResourceClass, Double> nested = SteadyStateRuns.slowdowns(vm(Hypervisors.KVM_QEMU
                .withOverhead(OverheadProfile.KVM_NESTED.overhead()), GuestSystems.MINIMAL_LINUX, 1, ram));
        Map<ResourceClass, Double> noEpt = SteadyStateRuns.slowdowns(vm(Hypervisors.KVM_QEMU
                .withOverhead(OverheadProfile.KVM_NESTED_NO_EPT.overhead()), GuestSystems.MINIMAL_LINUX, 1, ram));
        Map<ResourceClass, Double> firecracker = SteadyStateRuns.slowdowns(vm(Hypervisors.FIRECRACKER,
                GuestSystems.MINIMAL_LINUX, 1, ram));
        Map<ResourceClass, Double> runc = SteadyStateRuns.slowdowns(containers(ContainerRuntimes.DOCKER_RUNC));
        Map<ResourceClass, Double> hostNetwork = SteadyStateRuns.slowdowns(containers(ContainerRuntimes.DOCKER_RUNC
                .withOverhead(OverheadProfile.RUNC_HOST_NETWORK.overhead())));
        Map<ResourceClass, Double> gvisor = SteadyStateRuns.slowdowns(containers(ContainerRuntimes.DOCKER_GVISOR));
        ResourceClass cpu = ResourceClass.CPU;
        ResourceClass rtt = ResourceClass.NETWORK_ROUND_TRIP;
        rows.add(new ValidationRow("Linpack inside KVM, untuned, share of native GFLOPS", "", 1 / untuned.get(cpu),
                "241.3 of 290.8 GFLOPS = 0.830", Band.around(241.3 / 290.8), Source.LINPACK_OVERHEAD));
        rows.add(new ValidationRow("Linpack inside KVM, vCPUs pinned, share of native GFLOPS", "", 1 / kvm.get(cpu),
                "284.2 of 290.8 GFLOPS = 0.977", Band.around(284.2 / 290.8), Source.LINPACK_OVERHEAD));
        rows.add(new ValidationRow("Linpack inside a runc container, share of native GFLOPS", "", 1 / runc.get(cpu),
                "Docker ≈ native", Band.around(1.0), Source.LINPACK_OVERHEAD));
        rows.add(new ValidationRow("STREAM inside KVM, share of native memory bandwidth", "",
                1 / kvm.get(ResourceClass.MEMORY_BANDWIDTH), "−1 % to −3 %", Band.between(0.97, 0.99),
                Source.MEMORY_BANDWIDTH_OVERHEAD));
        rows.add(new ValidationRow("Random reads inside KVM (virtio-blk), share of native IOPS", "",
                1 / kvm.get(ResourceClass.RANDOM_IO), "about half", Band.around(0.5), Source.BLOCK_IO_OVERHEAD));
        rows.add(new ValidationRow("Network round trip inside KVM, over native", "×", kvm.get(rtt),
                "+80 % (~30 µs)", Band.around(1.8), Source.NETWORK_RTT_OVERHEAD));
        rows.add(new ValidationRow("Network round trip, runc behind Docker's NAT, over native", "×", runc.get(rtt),
                "~2× native", Band.around(2.0), Source.NETWORK_RTT_OVERHEAD));
        rows.add(new ValidationRow("Network round trip, runc with --net=host, over native", "×", hostNetwork.get(rtt),
                "≈ native", Band.around(1.0), Source.NETWORK_RTT_OVERHEAD));
        rows.add(new ValidationRow("CPU inside a Firecracker microVM, share of bare metal", "",
                1 / firecracker.get(cpu), ">95 %", Band.between(0.95, 1.0), Source.FIRECRACKER_CPU));
        rows.add(new ValidationRow("Firecracker network round trip, latency added", "ms",
                (firecracker.get(rtt) - 1) * RuntimeOverhead.NATIVE_ROUND_TRIP.value().toNanos() / 1e6, "+0.06 ms",
                Band.around(0.06), Source.FIRECRACKER_IO_SPEC));
        rows.add(new ValidationRow("CPU inside gVisor, share of native", "", 1 / gvisor.get(cpu), "no overhead",
                Band.around(1.0), Source.GVISOR_CPU_MEMORY));
        rows.add(new ValidationRow("System calls inside gVisor, over runc", "×",
                gvisor.get(ResourceClass.SYSCALLS) / runc.get(ResourceClass.SYSCALLS), "2.2× slower",
                Band.around(2.2), Source.GVISOR_CASE_STUDY_OVERHEADS));
        rows.add(new ValidationRow("CPU in a nested KVM guest, over one level of KVM", "×", nested.get(cpu) / kvm.get(cpu),
                "6–8 % slower", Band.between(1.06, 1.08), Source.NESTED_VIRTUALIZATION));
        rows.add(new ValidationRow("CPU in a nested guest without nested EPT, share of the host's", "",
                1 / noEpt.get(cpu), "L2 ≈ 25 %", Band.around(0.25), Source.NESTED_WITHOUT_EPT));
    }

    private static VmStack vm(HypervisorProfile hypervisor, GuestOsProfile guest, int vcpus, DataSize ram) {
        return new VmStack(hypervisor.name() + " + " + guest.name(), hypervisor, guest, new VmShape(vcpus, ram),
                Optional.empty());
    }

    private static ContainerStack containers(ContainerRuntimeProfile runtime) {
        return new ContainerStack(runtime.name(), runtime);
    }

    private static void microVmBoots(List<ValidationRow> rows) {
        // The NSDI'20 measurements: 1 vCPU, 256 MiB, the benchmark's minimal kernel and rootfs.
        IsolatedStarts fc = IsolatedStarts.run(vm(Hypervisors.FIRECRACKER, GuestSystems.MINIMAL_LINUX, 1,
                DataSize.ofMiB(256)), Apps.HELLO, SAMPLES, SEED);
        Tally toInit = fc.phaseMillis(FC_TO_INIT);
        rows.add(new ValidationRow("Firecracker boot, InstanceStart to guest init, p50", "ms", toInit.percentile(0.5),
                "p50 110 ms", Band.around(110), Source.FIRECRACKER_BOOT_TO_INIT));
        rows.add(new ValidationRow("Firecracker boot, InstanceStart to guest init, p99", "ms", toInit.percentile(0.99),
                "p99 115 ms", Band.around(115), Source.FIRECRACKER_BOOT_TO_INIT));
        rows.add(new ValidationRow("Firecracker boot, process spawn to guest init, p50", "ms",
                fc.phaseMillis(SPAWN_TO_INIT).percentile(0.5), "p50 161 ms (config file) to 196 ms (API socket)",
                Band.between(161, 196), Source.FIRECRACKER_BOOT_END_TO_END));

        IsolatedStarts qemu = IsolatedStarts.run(vm(Hypervisors.QEMU_MINIMAL, GuestSystems.MINIMAL_LINUX, 1,
                DataSize.ofMiB(256)), Apps.HELLO, SAMPLES, SEED);
        Tally spawnToInit = qemu.phaseMillis(SPAWN_TO_INIT);
        rows.add(new ValidationRow("QEMU + SeaBIOS, minimal Linux, spawn to guest init, p50", "ms",
                spawnToInit.percentile(0.5), "p50 244 ms", Band.around(244), Source.QEMU_SEABIOS_MINIMAL_BOOT));
        rows.add(new ValidationRow("QEMU + SeaBIOS, minimal Linux, spawn to guest init, p99", "ms",
                spawnToInit.percentile(0.99), "p99 258 ms", Band.around(258), Source.QEMU_SEABIOS_MINIMAL_BOOT));

        IsolatedStarts qboot = IsolatedStarts.run(vm(Hypervisors.QEMU_QBOOT, GuestSystems.MINIMAL_LINUX, 1,
                DataSize.ofMiB(256)), Apps.HELLO, SAMPLES, SEED);
        Tally qbootToInit = qboot.phaseMillis(SPAWN_TO_INIT);
        rows.add(new ValidationRow("QEMU + qboot, minimal Linux, spawn to guest init, p50", "ms",
                qbootToInit.percentile(0.5), "p50 214 ms", Band.around(214), Source.QEMU_QBOOT_MINIMAL_BOOT));
        rows.add(new ValidationRow("QEMU + qboot, minimal Linux, spawn to guest init, p99", "ms",
                qbootToInit.percentile(0.99), "p99 221 ms", Band.around(221), Source.QEMU_QBOOT_MINIMAL_BOOT));

        IsolatedStarts unikernel = IsolatedStarts.run(vm(Hypervisors.FIRECRACKER, GuestSystems.MINI_OS, 1,
                DataSize.ofMiB(32)), Apps.HELLO, SAMPLES, SEED);
        rows.add(new ValidationRow("Unikernel (Mini-OS / Unikraft) guest boot after its VMM, p50", "ms",
                unikernel.phaseMillis(FC_TO_INIT).percentile(0.5), "0.05–1.7 ms", Band.between(0.05, 1.7),
                Source.VMM_START_UNIKERNEL));

        IsolatedStarts xen = IsolatedStarts.run(vm(Hypervisors.XEN, GuestSystems.MINIMAL_LINUX, 1,
                DataSize.ofMiB(256)), Apps.HELLO, SAMPLES, SEED);
        rows.add(new ValidationRow("Xen `xl create` on an idle host (toolstack phase), p50", "ms",
                xen.phaseMillis(Set.of(PhaseKind.TOOLSTACK)).percentile(0.5), "167–212 ms", Band.between(167, 212),
                Source.XENSTORE_CREATE));
    }

    private static void fullDistroBoot(List<ValidationRow> rows) {
        IsolatedStarts kvm = IsolatedStarts.run(vm(Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD, 2,
                DataSize.ofGiB(2)), Apps.HELLO, SAMPLES, SEED);
        Tally kernel = kvm.phaseMillis(GUEST_KERNEL);
        Tally userspace = kvm.phaseMillis(GUEST_USERSPACE);
        Tally both = kvm.phaseMillis(Set.of(PhaseKind.KERNEL, PhaseKind.INITRD, PhaseKind.INIT));
        rows.add(new ValidationRow("Ubuntu cloud image on KVM, kernel (with initrd), p50", "s",
                kernel.percentile(0.5) / 1000, "2.85 s", Band.around(2.85), Source.FULL_DISTRO_GUEST_BOOT));
        rows.add(new ValidationRow("Ubuntu cloud image on KVM, userspace, p50", "s",
                userspace.percentile(0.5) / 1000, "12.24 s", Band.around(12.24), Source.FULL_DISTRO_GUEST_BOOT));
        rows.add(new ValidationRow("Ubuntu cloud image on KVM, kernel + userspace, p50", "s",
                both.percentile(0.5) / 1000, "15.1 s", Band.around(15.1), Source.FULL_DISTRO_GUEST_BOOT));
    }

    private static void containerStarts(List<ValidationRow> rows) {
        Tally runc = IsolatedStarts.run(containers(ContainerRuntimes.DOCKER_RUNC), Apps.HELLO, SAMPLES, SEED)
                .startupMillis();
        Tally gvisor = IsolatedStarts.run(containers(ContainerRuntimes.DOCKER_GVISOR), Apps.HELLO, SAMPLES, SEED)
                .startupMillis();
        Tally kata = IsolatedStarts.run(containers(ContainerRuntimes.DOCKER_KATA), Apps.HELLO, SAMPLES, SEED)
                .startupMillis();
        double runcMedian = runc.percentile(0.5);
        rows.add(new ValidationRow("`docker run` (runc), image cached, idle host, p50", "s", runcMedian / 1000,
                "~0.5 s", Band.around(0.5), Source.DOCKER_RUN_WARM));
        rows.add(new ValidationRow("Docker create + start, idle host, p50", "ms", runcMedian, "541 ms",
                Band.around(541), Source.DOCKER_CREATE_START_LOADED_HOST));
        Tally loaded = HostFill.startsWithLive(containers(ContainerRuntimes.DOCKER_RUNC), Apps.HELLO,
                Hardware.CLASSROOM_HOST.value(), 1000, 50, SEED);
        rows.add(new ValidationRow("Docker create + start with 1000 containers running, p50", "s",
                loaded.percentile(0.5) / 1000, "1.5 s", Band.around(1.5), Source.DOCKER_CREATE_START_LOADED_HOST));
        rows.add(new ValidationRow("gVisor (runsc) over runc, `docker run`, difference of p50s", "ms",
                gvisor.percentile(0.5) - runcMedian, "708 − 607 = 101 ms", Band.around(101),
                Source.SANDBOX_RUNTIMES_DOCKER_RUN));
        rows.add(new ValidationRow("Kata over runc, `docker run`, difference of p50s", "ms",
                kata.percentile(0.5) - runcMedian, "1747 − 607 = 1140 ms", Band.around(1140),
                Source.SANDBOX_RUNTIMES_DOCKER_RUN));
    }

    /**
     * Docker 1.12 (moby #29780): ten `docker run`s of one image issued at once went through the daemon one after
     * another, the first done in ~2 s and the tenth after ~25 s; the era's daemon hold is fitted to the tenth.
     */
    private static void eras(List<ValidationRow> rows) {
        Tally ten = Storm.run(containers(ContainerRuntimes.DOCKER_RUNC_1_12), Apps.HELLO,
                Hardware.CLASSROOM_HOST.value(), 10, 10, SEED).startupMillis();
        rows.add(new ValidationRow("Docker 1.12, ten concurrent `docker run`s of one image, the first done", "s",
                ten.min() / 1000, "~2 s", Band.around(2), Source.DOCKER_1_12_CONCURRENT_RUN));
        rows.add(new ValidationRow("Docker 1.12, ten concurrent `docker run`s of one image, the tenth done", "s",
                ten.max() / 1000, "~25 s", Band.around(25), Source.DOCKER_1_12_CONCURRENT_RUN));
        rows.add(new ValidationRow("Docker 1.12, ten concurrent `docker run`s, time between one finishing and the"
                + " next", "s", (ten.max() - ten.min()) / 9 / 1000, "(25 − 2) / 9 = 2.56 s", Band.around(23.0 / 9),
                Source.DOCKER_1_12_CONCURRENT_RUN));
    }

    /**
     * New VMs in EC2 as three eras measured them, each launch from a cold root volume (a new volume from the machine
     * image's snapshot), one at a time: the API call, pending → running, and from running until SSH answers (the
     * guest's boot, its volume's hydration and cloud-init; the app is not part of it). Means, as the sources give
     * them (2025: 3 runs; 2021: one example run of the median-of-9 benchmark; 2012: a mean over many launches).
     */
    private static void cloudLaunches(List<ValidationRow> rows) {
        IsolatedStarts y2025 = IsolatedStarts.run(cloudVm(Clouds.EC2_2025, GuestSystems.AMAZON_LINUX_2023, 2,
                RootVolume.LAZY_FROM_SNAPSHOT), Apps.HELLO, SAMPLES, SEED);
        IsolatedStarts y2025warm = IsolatedStarts.run(cloudVm(Clouds.EC2_2025, GuestSystems.AMAZON_LINUX_2023, 2,
                RootVolume.INITIALIZED), Apps.HELLO, SAMPLES, SEED);
        double boot2025 = y2025.phaseMillis(CLOUD_BOOT_TO_SSH).mean() / 1000;
        rows.add(new ValidationRow("EC2 ~2025 (m7i.large, Amazon Linux 2023), RunInstances API call, mean", "s",
                y2025.phaseMillis(Set.of(PhaseKind.API_CALL)).mean() / 1000, "4.80 s (19 %)", Band.around(4.797),
                Source.EC2_LAUNCH_2025));
        rows.add(new ValidationRow("EC2 ~2025, pending → running, mean", "s",
                y2025.phaseMillis(Set.of(PhaseKind.PROVISIONING)).mean() / 1000, "17.8 s (69 %)",
                Band.around(17.811), Source.EC2_LAUNCH_2025));
        rows.add(new ValidationRow("EC2 ~2025, running → SSH (boot, hydration, cloud-init), mean", "s", boot2025,
                "3.2 s (12 %)", Band.around(3.217), Source.EC2_LAUNCH_2025));
        rows.add(new ValidationRow("EC2 ~2025, launch to SSH, mean", "s",
                y2025.phaseMillis(CLOUD_LAUNCH_TO_SSH).mean() / 1000, "25.8 s", Band.around(25.825),
                Source.EC2_LAUNCH_2025));
        rows.add(new ValidationRow("EC2 ~2025, running → SSH saved by an already hydrated volume, mean", "ms",
                (boot2025 - y2025warm.phaseMillis(CLOUD_BOOT_TO_SSH).mean() / 1000) * 1000,
                "3217 − 3042 = 175 ms (start of a stopped instance)", Band.around(175),
                Source.EC2_LAUNCH_2025_START_STOPPED));

        IsolatedStarts y2021 = IsolatedStarts.run(cloudVm(Clouds.EC2_2021, GuestSystems.UBUNTU_CLOUD, 4,
                RootVolume.LAZY_FROM_SNAPSHOT), Apps.HELLO, SAMPLES, SEED);
        rows.add(new ValidationRow("EC2 2021 (c5.xlarge, Ubuntu cloud image), RunInstances API call, p50", "s",
                y2021.phaseMillis(Set.of(PhaseKind.API_CALL)).percentile(0.5) / 1000, "1.54 s", Band.around(1.543),
                Source.EC2_LAUNCH_2021));
        rows.add(new ValidationRow("EC2 2021, pending → running, p50", "s",
                y2021.phaseMillis(Set.of(PhaseKind.PROVISIONING)).percentile(0.5) / 1000, "4.90 s",
                Band.around(4.905), Source.EC2_LAUNCH_2021));
        rows.add(new ValidationRow("EC2 2021, running → SSH open, p50", "s",
                y2021.phaseMillis(CLOUD_BOOT_TO_SSH).percentile(0.5) / 1000, "17.18 + 5.64 = 22.8 s",
                Band.around(22.819), Source.EC2_LAUNCH_2021));
        rows.add(new ValidationRow("EC2 2021, launch to SSH open, p50", "s",
                y2021.phaseMillis(CLOUD_LAUNCH_TO_SSH).percentile(0.5) / 1000, "≈ 29 s (29.3 s)",
                Band.around(29.267), Source.EC2_LAUNCH_2021));
        rows.add(new ValidationRow("EC2 2021, launch to SSH open, p50, against the typical figure", "s",
                y2021.phaseMillis(CLOUD_LAUNCH_TO_SSH).percentile(0.5) / 1000, "\"1–2 minutes\"",
                Band.between(60, 120), Source.EC2_LINUX_FIRST_AVAILABILITY));

        IsolatedStarts y2012 = IsolatedStarts.run(cloudVm(Clouds.EC2_2012, GuestSystems.UBUNTU_CLOUD, 1,
                RootVolume.LAZY_FROM_SNAPSHOT), Apps.HELLO, SAMPLES, SEED);
        rows.add(new ValidationRow("EC2 2012 (Linux), launch to a usable instance, mean", "s",
                y2012.phaseMillis(CLOUD_LAUNCH_TO_SSH).mean() / 1000, "96.9 s", Band.around(96.9),
                Source.EC2_LAUNCH_2012));
    }

    private static CloudVmStack cloudVm(CloudProfile cloud, GuestOsProfile guest, int vcpus, RootVolume volume) {
        return new CloudVmStack(guest.name() + " on " + cloud.name(), cloud, guest,
                new VmShape(vcpus, DataSize.ofGiB(vcpus == 1 ? 2 : 8)), volume);
    }

    /**
     * XenStore filling up: xl create of a 32 MB Mini-OS domain with N domains already running (ukboot's
     * 16cpus16GIdle run), each create alone, after the N before it are up.
     */
    private static void storesThatFill(List<ValidationRow> rows) {
        HostSpec sonic = new HostSpec("Xen host", 64, DataSize.ofGiB(128),
                new DiskSpec(DataRate.ofMegabytesPerSecond(500), 50_000), DataRate.ofGigabitsPerSecond(10),
                DataSize.ofGiB(2), 16, OvercommitPolicy.REFUSE, 1.0);
        VmStack xen = vm(Hypervisors.XEN, GuestSystems.MINI_OS, 1, DataSize.ofMiB(32));
        int[] running = {2, 16, 64, 128, 256, 500};
        double[] published = {166.934, 195.559, 272.407, 499.383, 1251.722, 3901.116};
        for (int i = 0; i < running.length; i++) {
            Tally create = HostFill.phasesWithLive(xen, Apps.HELLO, sonic, running[i], 5, SEED,
                    Set.of(PhaseKind.TOOLSTACK));
            rows.add(new ValidationRow("Xen `xl create` with " + running[i] + " domains running (toolstack phase),"
                    + " p50", "ms", create.percentile(0.5), String.format(java.util.Locale.ROOT, "%.0f ms",
                    published[i]), Band.around(published[i]), Source.XENSTORE_GROWTH));
        }
    }

    /**
     * The NSDI'20 storm: 1000 Firecracker microVMs on an m5d.metal, 10, 50 or 100 starts in flight, all left
     * running; nearly flat below the core count, a little slower above it.
     */
    private static void bootStorms(List<ValidationRow> rows) {
        HostSpec m5d = new HostSpec("m5d.metal", 48, DataSize.ofGiB(384),
                new DiskSpec(DataRate.ofMegabytesPerSecond(2000), 200_000), DataRate.ofGigabitsPerSecond(25),
                DataSize.ofGiB(4), 32, OvercommitPolicy.REFUSE, 1.0);
        VmStack fc = vm(Hypervisors.FIRECRACKER, GuestSystems.MINIMAL_LINUX, 1, DataSize.ofMiB(256));
        int[] inFlight = {10, 50, 100};
        double[] toInit = {108, 113, 120};
        double[][] endToEnd = {{157, 179}, {206, 237}, {217, 255}};
        for (int i = 0; i < inFlight.length; i++) {
            Storm storm = Storm.run(fc, Apps.HELLO, m5d, 1000, inFlight[i], SEED);
            rows.add(new ValidationRow("Firecracker storm of 1000, " + inFlight[i] + " in flight, InstanceStart to"
                    + " guest init, p50", "ms", storm.phaseMillis(FC_TO_INIT).percentile(0.5),
                    String.format(java.util.Locale.ROOT, "p50 %.0f ms", toInit[i]), Band.around(toInit[i]),
                    Source.FIRECRACKER_PARALLEL_BOOT));
            rows.add(new ValidationRow("Firecracker storm of 1000, " + inFlight[i] + " in flight, spawn to guest"
                    + " init, p50", "ms", storm.phaseMillis(SPAWN_TO_INIT).percentile(0.5),
                    String.format(java.util.Locale.ROOT, "p50 %.0f ms (API) to %.0f ms (config file)",
                            endToEnd[i][0], endToEnd[i][1]), Band.between(endToEnd[i][0], endToEnd[i][1]),
                    Source.FIRECRACKER_PARALLEL_BOOT));
        }
    }

    private static void memory(List<ValidationRow> rows) {
        vmmOverhead(rows, Hypervisors.KVM_QEMU, 131, "131 MB");
        vmmOverhead(rows, Hypervisors.FIRECRACKER, 2.5, "2.5 MB");
        structPageTax(rows, 128, 18.4, "18.4 MB at 128 MB");
        structPageTax(rows, 2048, 48, "48 MB at 2 GB");
    }

    private static void vmmOverhead(List<ValidationRow> rows, HypervisorProfile hypervisor, double megabytes,
                                    String published) {
        IsolatedStarts one = IsolatedStarts.run(vm(hypervisor, GuestSystems.MINIMAL_LINUX, 1, DataSize.ofMiB(256)),
                Apps.HELLO, 1, SEED);
        rows.add(new ValidationRow(hypervisor.name() + ": VMM memory beyond guest RAM", "MB",
                megabytes(one.first().memory(MemoryComponent.VMM_OVERHEAD)), published, Band.around(megabytes),
                Source.VMM_MEMORY_OVERHEAD));
    }

    private static void structPageTax(List<ValidationRow> rows, int guestMiB, double megabytes, String published) {
        IsolatedStarts one = IsolatedStarts.run(vm(Hypervisors.FIRECRACKER, GuestSystems.MINIMAL_LINUX, 1,
                DataSize.ofMiB(guestMiB)), Apps.HELLO, 1, SEED);
        rows.add(new ValidationRow("Guest RAM the guest does not see, " + DataSize.ofMiB(guestMiB) + " guest", "MB",
                megabytes(one.first().memory(MemoryComponent.STRUCT_PAGE_TAX)), published, Band.around(megabytes),
                Source.STRUCT_PAGE_TAX));
    }

    /** What one empty container (the hello app: a sleeping process) keeps resident on the host, daemon aside. */
    private static void emptyContainer(List<ValidationRow> rows, ContainerRuntimeProfile runtime, double megabytes,
                                       String published) {
        IsolatedStarts one = IsolatedStarts.run(containers(runtime), Apps.HELLO, 1, SEED);
        rows.add(new ValidationRow("Host memory per empty container, " + runtime.name(), "MB",
                megabytes(one.first().residentMemory()), published, Band.around(megabytes), Source.GVISOR_DENSITY));
    }

    /**
     * The Kata notes' cluster of 5 × 16 GB workers running 500 MB workloads: counted by request, the notes' memory
     * model predicted 160 runc containers; runc actually fit 377, using 200–600 MB each. By use, the app is given the
     * low end of that published range, 200 MB (nothing is fitted).
     */
    private static void requestsVsUse(List<ValidationRow> rows) {
        HostSpec worker = new HostSpec("16 GB worker", 64, DataSize.ofGB(16),
                new DiskSpec(DataRate.ofMegabytesPerSecond(2000), 200_000), DataRate.ofGigabitsPerSecond(10),
                DataSize.ofGiB(1), 1000, OvercommitPolicy.REFUSE, 1.0);
        var app = Apps.NGINX.withResident(Cited.of(DataSize.ofMB(200), Source.KATA_VS_RUNC_CAPACITY))
                .withMemoryRequest(Cited.of(DataSize.ofMB(500), Source.KATA_VS_RUNC_CAPACITY));
        var runc = containers(ContainerRuntimes.DOCKER_RUNC);
        rows.add(new ValidationRow("runc containers requesting 500 MB on 5 × 16 GB workers, by request", "containers",
                5 * HostFill.admitted(runc, app, worker.withAdmission(AdmissionBasis.RESERVATION)),
                "160 predicted from requests", Band.around(160), Source.KATA_VS_RUNC_CAPACITY));
        rows.add(new ValidationRow("the same, by use (200 MB resident each)", "containers",
                5 * HostFill.admitted(runc, app, worker.withAdmission(AdmissionBasis.USE)),
                "~377 fit", Band.around(377), Source.KATA_VS_RUNC_CAPACITY));
        rows.add(new ValidationRow("Kata containers on the same workers, by use (the same 200 MB app)", "containers",
                5 * HostFill.admitted(containers(ContainerRuntimes.DOCKER_KATA), app,
                        worker.withAdmission(AdmissionBasis.USE)),
                "~134 fit", Band.around(134), Source.KATA_VS_RUNC_CAPACITY));
    }

    private static void density(List<ValidationRow> rows) {
        HostSpec classroom = Hardware.CLASSROOM_HOST.value();
        DataSize daemon = ContainerRuntimes.DOCKER_RUNC.daemon().value();
        DataSize pageCache = Images.NGINX.uncompressedSize().times(Mechanisms.PAGE_CACHED_FRACTION.value());
        DataSize perContainer = Apps.NGINX.resident().value().plus(ContainerRuntimes.DOCKER_RUNC.shim().value());
        long formula = (classroom.memoryForInstances().bytes() - daemon.bytes() - pageCache.bytes())
                / perContainer.bytes();
        rows.add(new ValidationRow("nginx containers (Docker + runc) on a 64 GiB host", "containers",
                HostFill.admitted(containers(ContainerRuntimes.DOCKER_RUNC), Apps.NGINX, classroom),
                "⌊(" + classroom.memoryForInstances() + " − " + daemon + " daemon − " + pageCache + " page cache) / ("
                        + Apps.NGINX.resident().value() + " app + " + ContainerRuntimes.DOCKER_RUNC.shim().value()
                        + " shim)⌋ = " + formula, Band.exactly(formula), ContainerRuntimes.DOCKER_RUNC.shim().source()));
        emptyContainer(rows, ContainerRuntimes.DOCKER_RUNC, 4.1, "runc 4.1 MB");
        emptyContainer(rows, ContainerRuntimes.DOCKER_GVISOR, 23.7, "runsc 23.7 MB");
        requestsVsUse(rows);

        // Memory alone decides, as in the claim: vCPUs may be overcommitted without limit.
        HostSpec terabyte = new HostSpec("1 TiB host", 96, DataSize.ofGiB(1024),
                new DiskSpec(DataRate.ofMegabytesPerSecond(2000), 200_000), DataRate.ofGigabitsPerSecond(25),
                DataSize.ofGiB(1), 1000, OvercommitPolicy.REFUSE, 1.0);
        rows.add(new ValidationRow("Firecracker microVMs of 128 MiB on a 1 TiB host", "VMs",
                HostFill.admitted(vm(Hypervisors.FIRECRACKER, GuestSystems.MINIMAL_LINUX, 1, DataSize.ofMiB(128)),
                        Apps.HELLO, terabyte), "~8000 × 128 MB fill a 1 TB host", Band.around(8000),
                Source.FIRECRACKER_DENSITY_CLAIM));
    }

    private static double megabytes(DataSize size) {
        return size.bytes() / (double) DataSize.MB;
    }

    /** The rows as a markdown table: quantity, model, published, accepted band, source, within. */
    public static String markdownTable(List<ValidationRow> rows) {
        return ValidationMarkdown.table(rows);
    }
}
