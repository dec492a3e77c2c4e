package dev.spinup.model.catalogue;

import static dev.spinup.model.catalogue.Evidence.DERIVED;
import static dev.spinup.model.catalogue.Evidence.ESTIMATE;
import static dev.spinup.model.catalogue.Evidence.PRIMARY;
import static dev.spinup.model.catalogue.Evidence.SECONDARY;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One published figure (or labelled estimate) from calibration.md that a Spinup default can cite, with its value,
 * conditions, citation and firmness exactly as the calibration table states them.
 *
 * <p>Constants are grouped by calibration.md section (1a–1g, then the mechanism defaults of section 2). Every
 * constant whose evidence is {@link Evidence#ESTIMATE} is named {@code ESTIMATE_…}, and only those are. The
 * {@link #key()} is derived from the constant name, so renaming a constant changes a key that files and the UI use.
 */
public enum Source {

    // ---------------------------------------------------------------- 1a. Full VM boot and cloud instance launch

    FULL_DISTRO_GUEST_BOOT("1a", PRIMARY,
            "Full-distro cloud image boot on QEMU/KVM (systemd-analyze)",
            "2.85 s kernel + 12.24 s userspace = 15.1 s",
            "Ubuntu 23.10 server cloud image, cloud-init NoCloud datasource, 2023",
            "canonical/cloud-init PR #4535 (boot log)",
            "https://github.com/canonical/cloud-init/pull/4535"),
    CLOUD_VM_BOOT_WITH_AGENTS("1a", PRIMARY,
            "Cloud VM boot with provisioning agents, by phase",
            "3.13 s firmware + 16.23 s loader + 6.85 s kernel + 39.06 s userspace = 65.3 s;"
                    + " graphical.target reached 27.2 s into userspace",
            "Azure VM, AKS node image, 2021",
            "Azure/AgentBaker PR #907",
            "https://github.com/Azure/AgentBaker/pull/907"),
    GUEST_KERNEL_TO_INIT("1a", PRIMARY,
            "Guest kernel reaching /sbin/init, and when systemd actually started",
            "60 ms to /sbin/init, but systemd only started at 3.07 s (reading systemd and its libraries from disk)",
            "Debian sid KVM guest, systemd 246",
            "systemd issue #17175",
            "https://github.com/systemd/systemd/issues/17175"),
    BARE_METAL_BOOT_PHASES("1a", PRIMARY,
            "Boot phase ranges on physical machines, for contrast",
            "firmware 1.7–11.0 s; loader 1.2–8.5 s; kernel 0.88–2.1 s; initrd 0.6–0.9 s; userspace 3.5–8.8 s",
            "desktops and a Xen dom0 server",
            "systemd issues #7721, #7738, #25750",
            "https://github.com/systemd/systemd/issues/7721"),
    QEMU_LEGACY_BIOS_STARTUP("1a", PRIMARY,
            "Legacy QEMU + BIOS start-up before the kernel runs",
            "500–700 ms",
            "quoted as typical in the Clear Containers article, 2015",
            "Bonzini, \"Announcing qboot\", qemu-devel / LWN, 2015-05-21",
            Links.QBOOT_ANNOUNCEMENT),
    QBOOT_FIRMWARE("1a", PRIMARY,
            "qboot firmware, from start to kernel entry",
            "15–20 ms (the kernel then took ~50 ms in the 2016 report)",
            "QEMU with qboot",
            "Hajnoczi, SeaBIOS mailing list 2015-07 (20 ms); C. Peng, qemu-devel 2016 (15 ms)"),
    QEMU_QBOOT_SLIM_BOOT("1a", PRIMARY,
            "Whole VM boot with a slimmed-down QEMU and qboot",
            "40 ms",
            "Ivy Bridge Core i7, 2015",
            "Bonzini, \"Announcing qboot\", qemu-devel / LWN, 2015-05-21",
            Links.QBOOT_ANNOUNCEMENT),
    CLEAR_CONTAINERS_VM("1a", PRIMARY,
            "Intel Clear Containers VM boot time and memory",
            "~60 ms boot, 18–20 MB per VM",
            "kvmtool-based, 2015",
            "Bonzini 2015, quoting Intel",
            Links.QBOOT_ANNOUNCEMENT),
    QEMU_SEABIOS_MINIMAL_BOOT("1a", DERIVED,
            "QEMU 4.2 + SeaBIOS booting a minimal Linux, end to end",
            "p50 244 ms, p99 258 ms",
            "n=500 serial boots, timed from QEMU process spawn to guest init writing a magic I/O port;"
                    + " m5d.metal, 1 vCPU / 256 MiB guest, minimal kernel and rootfs",
            "FC NSDI'20 data, boot-serial-qemu",
            Links.NSDI20_DATA),
    QEMU_QBOOT_MINIMAL_BOOT("1a", DERIVED,
            "QEMU 4.2 + qboot booting the same minimal Linux, end to end",
            "p50 214 ms, p99 221 ms; with a net device p50 232 ms",
            "as for QEMU + SeaBIOS: n=500 serial boots on m5d.metal, 1 vCPU / 256 MiB, minimal kernel and rootfs",
            "FC NSDI'20 data, boot-serial-qboot",
            Links.NSDI20_DATA),
    QEMU_MICROVM_MINIMAL_BOOT("1a", DERIVED,
            "QEMU microvm machine type booting the same minimal Linux, end to end",
            "p50 582 ms (2.4× slower than plain QEMU)",
            "same image; probable cause: with ACPI on (the default) microvm boots through SeaBIOS instead of qboot"
                    + " (rellermeyer/container_benchmarks issue #1); the result is questioned in"
                    + " nsdi2020-data issue #2",
            "FC NSDI'20 data",
            Links.NSDI20_DATA),
    VMM_START_UNIKERNEL("1a", DERIVED,
            "VMM-only start time for a hello-world unikernel",
            "QEMU (pc) ~38 ms (34.6–44.3); QEMU microvm ~8.9 ms; Firecracker ~1.5 ms (outliers ~5 ms);"
                    + " guest boot itself 0.05–1.7 ms",
            "Unikraft EuroSys'21 artifact, Fig. 10",
            "unikraft/eurosys21-artifacts, fig_10_unikraft-boot/paperresults",
            "https://github.com/unikraft/eurosys21-artifacts/tree/HEAD/experiments/fig_10_unikraft-boot"),
    XENSTORE_CREATE("1a", PRIMARY,
            "Xen `xl create` wall time for a 32 MB Mini-OS unikernel on an idle host",
            "167–212 ms",
            "Xen built from source, dom0 Linux 3.5, host \"sonic\" (≥64 pCPUs), 2016",
            "olivierpierre/ukboot, results/16cpus16GIdle",
            "https://github.com/olivierpierre/ukboot/blob/HEAD/results/16cpus16GIdle"),
    XENSTORE_GROWTH("1a", DERIVED,
            "XenStore requests per `xl create` and their latency, by domains already running",
            "177 requests + 3 per running domain; mean request latency 0.21 ms with none running, 2.56 ms with 500;"
                    + " xl create 167 ms (2 running), 272 ms (64), 499 ms (128), 1.25 s (256), 3.90 s (500)",
            "Xen built from source, dom0 Linux 3.5, host \"sonic\", 32 MB Mini-OS domains, 2016; request counts and"
                    + " latencies recounted from the xs traces (sonic-run1/xslog.N.txt), create times from"
                    + " results/16cpus16GIdle",
            "olivierpierre/ukboot, results/xenstore-exploration/sonic-run1 and results/16cpus16GIdle",
            "https://github.com/olivierpierre/ukboot/tree/HEAD/results"),
    EC2_LAUNCH_2021("1a", PRIMARY,
            "EC2 launch to SSH, by phase (2021)",
            "RunInstances API 1.54 s + pending→running 4.90 s + running→port 22 closed 17.18 s"
                    + " + closed→open 5.64 s ≈ 29 s",
            "c5.xlarge; one example run (the post reports medians of 9 runs per AMI)",
            "Colin Percival, \"EC2 boot time benchmarking\", daemonology.net, 2021-08-12",
            "https://www.daemonology.net/blog/2021-08-12-EC2-boot-time-benchmarking.html"),
    EC2_LAUNCH_2025("1a", PRIMARY,
            "EC2 launch to SSH, by phase (~2025)",
            "25.8 s mean: API 19%, pending→running 69% (16.4–16.6 s whatever the family),"
                    + " boot→SSH 12% (3.2 s; 9.0 s without cloud-init)",
            "t3, m6i, m7i, c7i, r7i .large instances",
            "brevdev/ec2-coldboot-research, @fix_plan.md (stored mirror)",
            "https://github.com/brevdev/ec2-coldboot-research/blob/main/%40fix_plan.md"),
    EC2_LAUNCH_2012("1a", SECONDARY,
            "EC2 instance launch time (2012)",
            "Linux mean 96.9 s (m1.* ≈100 s, t1.micro 55 s, c1.* 90 s, m2.* 110 s); Windows mean 810 s",
            "Mao & Humphrey, \"A Performance Study on the VM Startup Time in the Cloud\", IEEE CLOUD 2012",
            "as encoded in Cloudslab/CloudSimEx ExampleGaussianDelaysPerType.java",
            "https://github.com/Cloudslab/CloudSimEx"),
    EC2_WINDOWS_STANDARD_LAUNCH("1a", PRIMARY,
            "EC2 Windows instance launch with the standard steps",
            "\"often 15 minutes or longer\" (sysprep, OOBE, reboots)",
            "not stated",
            "AWS docs, \"EC2 Fast Launch for Windows\""),
    EC2_LINUX_FIRST_AVAILABILITY("1a", PRIMARY,
            "Linux on EC2, typical time to first availability",
            "\"1–2 minutes\"",
            "2021",
            "ADMIN magazine 65/2021, \"Comparing startup times of Linux distros in the cloud\"",
            "https://www.admin-magazine.com/Articles/Comparing-startup-times-of-Linux-distros-in-the-cloud"),
    EBS_LAZY_HYDRATION("1a", SECONDARY,
            "EBS root-volume hydration on a cloud VM's first boot",
            "lazy block fetch from the S3 snapshot dominates the first boot;"
                    + " boot times are bimodal (tens of seconds vs ~80 s)",
            "not stated",
            "HN discussion summary, \"Making EC2 boot time faster\""),
    EC2_LAUNCH_2025_START_STOPPED("1a", PRIMARY,
            "EC2 start of a stopped instance (volume already hydrated) vs a cold launch, by phase (~2025)",
            "API 1764 ms vs 4797 ms; pending→running 16 372 ms vs 17 811 ms; boot→SSH 3042 ms vs 3217 ms"
                    + " (175 ms less with the root volume already filled in); total 21.2 s vs 25.8 s",
            "m7i.large, Amazon Linux 2023; cold baseline 3 runs (25.7–26.0 s)",
            "brevdev/ec2-coldboot-research, docs/start-stopped-results.md and docs/cold-baseline-results.md"
                    + " (stored mirror); not a calibration.md row",
            "https://github.com/brevdev/ec2-coldboot-research/blob/main/docs/start-stopped-results.md"),
    EC2_RUN_INSTANCES_THROTTLING("1a", PRIMARY,
            "EC2 API throttling of RunInstances, per account and Region",
            "a token bucket: the resource bucket of RunInstances holds 1000 tokens (instances) and refills"
                    + " at 2 per second",
            "current AWS documentation (the limits of earlier years are not published)",
            "AWS docs, \"Request throttling for the Amazon EC2 API\"; not a calibration.md row",
            "https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html"),
    ESTIMATE_CLOUD_LAUNCH_SPREAD("1a", ESTIMATE,
            "Spread of a cloud launch's API call and provisioning times",
            "lognormal with the published median and a 99th percentile 1.5 × the median",
            "the sources give a median of 9 runs (2021) or 3 runs (2025) without their spread;"
                    + " bimodal outliers (~80 s) are left out",
            "Spinup estimate"),
    ESTIMATE_EBS_HYDRATION_RATE("1a", ESTIMATE,
            "How fast a new cloud volume fills in from its snapshot on first read",
            "200 MB/s of sequential first reads plus 5 µs per random read; an Amazon Linux 2023 boot (~35 MB)"
                    + " then pays ~0.18 s, as its start from a stopped (hydrated) instance saved 175 ms, and an"
                    + " Ubuntu cloud image (~515 MB) ~2.8 s",
            "fitted to one measured difference; the lazy-loading rate itself is not published",
            "Spinup estimate"),
    ESTIMATE_CLOUD_INIT_METADATA("1a", ESTIMATE,
            "cloud-init's cloud-specific work on first boot (instance metadata, SSH host and user keys)",
            "0.3 s of CPU plus a 0.7 s wait (p99 1.5 s) for the metadata service",
            "on top of the guest's own boot; the image's local cloud-init stages are in its init phase",
            "Spinup estimate"),
    ESTIMATE_CLOUD_2012_SPLIT("1a", ESTIMATE,
            "How the 2012 EC2 launch time splits into API call and provisioning",
            "API call 1.5 s (as in 2021); provisioning the rest of the 96.9 s mean once the guest has booted",
            "Mao & Humphrey give only the total from request to a usable instance",
            "Spinup estimate"),
    ESTIMATE_HYPERVISOR_GUEST_BOOT_GAP("1a", ESTIMATE,
            "Hyper-V / VMware ESXi guest boot time",
            "no published figure found; Spinup uses the QEMU/KVM full-distro values instead",
            "gap in the stored corpora",
            "calibration.md §1a and §3 (gaps)"),

    // ---------------------------------------------------------------- 1b. MicroVMs and sandboxed runtimes

    FIRECRACKER_SPEC_BOOT_BOUND("1b", PRIMARY,
            "Firecracker spec: InstanceStart → guest /sbin/init (an upper bound, not a measurement)",
            "≤125 ms",
            "1 vCPU, 128 MiB, serial console off, minimal kernel and rootfs; m5d.metal/m6g.metal"
                    + " (older spec: i3.metal). Often misquoted as \"Firecracker boots in 125 ms\":"
                    + " it excludes VMM process start and configuration",
            "firecracker SPECIFICATION.md",
            Links.FIRECRACKER_SPEC),
    FIRECRACKER_VMM_START("1b", PRIMARY,
            "Firecracker spec: VMM process start until the API socket is ready",
            "8 CPU ms; wall time 6–60 ms, typically 12 ms",
            "specification target",
            "firecracker SPECIFICATION.md",
            Links.FIRECRACKER_SPEC),
    FIRECRACKER_VMM_MEMORY("1b", PRIMARY,
            "Firecracker spec: VMM memory overhead",
            "≤5 MiB (depends on workload, e.g. vsock)",
            "1 vCPU, 128 MiB; a spec bound, measured at 2.5 MB in the NSDI'20 data (see vmm-memory-overhead)",
            "firecracker SPECIFICATION.md",
            Links.FIRECRACKER_SPEC),
    FIRECRACKER_BOOT_TO_INIT("1b", DERIVED,
            "Firecracker measured boot, InstanceStart → guest init (\"FC-pre\"), serial",
            "p50 110 ms, p99 115 ms",
            "m5d.metal, 1 vCPU / 256 MiB, n=500; Firecracker 0.20.0, minimal kernel and rootfs;"
                    + " timed by Firecracker's own log",
            "FC NSDI'20 data, boot-serial-fc",
            Links.NSDI20_DATA),
    FIRECRACKER_PARALLEL_BOOT("1b", DERIVED,
            "Firecracker boots under contention: 1000 microVMs started 10, 50 or 100 at a time",
            "Firecracker's own InstanceStart → init p50 108 / 113 / 120 ms (API launch; p99 117 / 146 / 153 ms);"
                    + " end to end p50 157 / 206 / 217 ms (API socket) and 179 / 237 / 255 ms (config file)",
            "m5d.metal (48 logical CPUs, 384 GiB), Firecracker 0.20, 1 vCPU / 256 MiB, minimal kernel and rootfs;"
                    + " `seq 1 1000 | xargs -P N`, every microVM left running until the end; recomputed from the raw"
                    + " files data/m5d.metal/raw/boot-parallel-N-fc-{api,file}.dat",
            "FC NSDI'20 data, scripts/run-boot-parallel.sh",
            Links.NSDI20_DATA),
    FIRECRACKER_BOOT_END_TO_END("1b", DERIVED,
            "Firecracker measured boot, serial, end to end (process spawn + configuration + boot)",
            "p50 161 ms (config-file launch) / 196 ms (API-socket launch); with a net device 211 ms;"
                    + " without the PCI-probing kernel 177 ms",
            "m5d.metal, 1 vCPU / 256 MiB, n=500; the repository's file labels for the two launch modes"
                    + " look swapped",
            "FC NSDI'20 data",
            Links.NSDI20_DATA),
    FIRECRACKER_CREATION_RATE_CLAIM("1b", SECONDARY,
            "Firecracker microVM creation rate per host (claim)",
            "\"up to 150 microVMs/s per host\"",
            "paper and website claim; Spinup models the rate per core instead"
                    + " (see firecracker-creation-rate-per-core)",
            "many secondary quotes of the NSDI'20 paper and firecracker-microvm.github.io",
            "https://firecracker-microvm.github.io/"),
    FIRECRACKER_CREATION_RATE_PER_CORE("1b", PRIMARY,
            "Firecracker sustained creation (\"mutation\") rate",
            "5 microVMs per host core per second (e.g. 180/s on 36 physical cores)",
            "minimal kernel, 1 vCPU, 128 MiB",
            "firecracker docs/design.md",
            "https://github.com/firecracker-microvm/firecracker/blob/main/docs/design.md"),
    FIRECRACKER_DENSITY_CLAIM("1b", SECONDARY,
            "Firecracker density and production memory overhead (claims)",
            "\"~8000 × 128 MB functions fill a 1 TB host\"; production memory overhead \"as low as 3%\"",
            "paper claims",
            "secondary summary of the NSDI'20 paper"),
    KATA_BOOT("1b", PRIMARY,
            "Kata Containers boot time to workload, CI baseline",
            "mean 0.61 s (0.47–0.64 s across baseline files)",
            "Kata CI metrics workers (packet.com c1.small, Equinix m3.small)",
            "kata-containers tests/metrics/cmd/checkmetrics/ci_worker/*.toml",
            "https://github.com/kata-containers/kata-containers/tree/main/tests/metrics/cmd/checkmetrics/ci_worker"),
    SANDBOX_RUNTIMES_DOCKER_RUN("1b", PRIMARY,
            "`docker run --rm ubuntu /bin/date` by OCI runtime",
            "kata 1747 ms, runc 607 ms, gVisor (runsc) 708 ms, Quark 625 ms",
            "single host, date not given",
            "QuarkContainer/Quark doc/perf_test.md",
            "https://github.com/QuarkContainer/Quark/blob/HEAD/doc/perf_test.md"),
    KATA_1X_HELLO_WORLD("1b", PRIMARY,
            "Kata 1.x hello-world container start",
            "2.2 s (qemu-lite), 2.8 s (NEMU)",
            "2018",
            "kata-containers/runtime issue #1025",
            "https://github.com/kata-containers/runtime/issues/1025"),
    KATA_1X_BREAKDOWN("1b", PRIMARY,
            "Kata 1.x start-up breakdown",
            "kata-runtime create 1.7 s; docker overhead ≈0.55–0.69 s; total docker run -d 2.78 s",
            "2018",
            "bergwolf gist \"LaunchingVM\""),
    KATA_POD_OVERHEAD("1b", PRIMARY,
            "Kata pod overhead declared for scheduler accounting",
            "RuntimeClass podFixed: memory 160 Mi, cpu 250m",
            "upstream kata-deploy default",
            "openshift/kata-operator commit 0d8b82b",
            "https://github.com/openshift/kata-operator/commit/0d8b82b"),
    KATA_FIRECRACKER_MEMORY_OVERHEAD("1b", SECONDARY,
            "Kata on Firecracker, memory overhead per container",
            "94 MB per 128 MB container, falling to 71 MB at 1000 VMs; RunD brings it under 20 MB",
            "Li et al., RunD, USENIX ATC'22, §3.2, Fig. 5",
            "secondary research note",
            Links.RUND_ATC22),
    GVISOR_STARTUP("1b", PRIMARY,
            "Container start-up through Docker, runc vs gVisor (runsc)",
            "empty: runc 1193 ms vs runsc 1144 ms; node app 2558 vs 2442 ms; ruby 2530 vs 2456 ms"
                    + " (mostly Docker's own overhead)",
            "GCE n1-standard-4, ptrace platform",
            "gVisor performance guide CSV (startup.csv, mirrored in Sandbox-gVisor/Sandbox)",
            Links.GVISOR_PERFORMANCE_GUIDE),
    GVISOR_SYSCALL_COST("1b", PRIMARY,
            "System call cost, runc vs gVisor platforms",
            "runc 1.94 µs; runsc-ptrace 38.2 µs; runsc-KVM 0.76 µs",
            "GCE n1-standard-4",
            "google/gvisor website/performance/syscall.csv",
            "https://github.com/google/gvisor/blob/master/website/performance/syscall.csv"),
    GVISOR_CASE_STUDY_OVERHEADS("1b", SECONDARY,
            "gVisor slowdowns relative to runc in a case study",
            "simple syscalls 2.2×, memory allocation 2.5×, small-file reads 11×, open/close on external tmpfs"
                    + " 216×, large downloads 2.8× slower than runc",
            "Young et al., \"The True Cost of Containing: A gVisor Case Study\", HotCloud'19",
            "GWU course notes (GWU-Advanced-OS/project-project-gvisor research/performance.md)",
            "https://www.usenix.org/conference/hotcloud19/presentation/young"),
    LIGHTVM_BOOT("1b", PRIMARY,
            "LightVM boot time",
            "2.3 ms (fork/exec on Linux: 1 ms); \"two orders of magnitude faster than Docker\";"
                    + " \"thousands of guests on modest hardware\"",
            "Manco et al., \"My VM is Lighter (and Safer) than your Container\", SOSP'17."
                    + " Do not quote \"up to ~8000 guests\" for LightVM: no source confirms it",
            "paper abstract"),
    LIGHTVM_VS_DOCKER("1b", SECONDARY,
            "LightVM vs Docker start time and density",
            "minimal unikernel boots in 4 ms; Docker ~150 ms on the same system;"
                    + " Tinyx ≈ Docker up to ~250 guests per core",
            "SOSP'17",
            "Morning Paper summary (A. Colyer, 2017-11-02)"),
    LIGHTVM_DOCKER_BASELINE("1b", SECONDARY,
            "Docker start baseline in the LightVM paper",
            "Docker ≈200 ms (kernel 4.8); fork/exec mean 3.5 ms, p90 9 ms",
            "SOSP'17 §4.2, Fig. 4",
            "secondary research note"),

    // ---------------------------------------------------------------- 1c. Container start

    DOCKER_RUN_WARM("1c", PRIMARY,
            "`docker run --rm alpine /bin/true` with the image cached",
            "~0.5 s",
            "GCE e2-highcpu-32, 2021",
            "moby/moby issue #42096",
            "https://github.com/moby/moby/issues/42096"),
    DOCKER_1_12_CONCURRENT_RUN("1c", PRIMARY,
            "Concurrent `docker run` of one image on Docker 1.12",
            "10 started at once: the first done in ~2 s, the tenth after ~25 s (starts one after another)",
            "Docker 1.12.5, 2016-12",
            "moby/moby issue #29780; not a calibration.md row",
            "https://github.com/moby/moby/issues/29780"),
    DOCKER_RUN_SSD_VS_HDD("1c", SECONDARY,
            "`docker run` with the image cached, SSD vs HDD",
            "568 ms (Premium SSD) vs 1157 ms (Standard HDD); Docker Desktop on macOS 2.69× slower",
            "Azure VM, 2 vCPU / 8 GB; images 5–155 MB",
            "arXiv 2602.15214 abstract (2026)",
            Links.ARXIV_2602_15214),
    WARM_START_IMAGE_SIZE_EFFECT("1c", SECONDARY,
            "Effect of image size on warm container start",
            "only 2.5% variation over 5–155 MB images",
            "Azure VM, 2 vCPU / 8 GB",
            "arXiv 2602.15214 abstract (2026)",
            Links.ARXIV_2602_15214),
    NAMESPACE_CREATION_SHARE("1c", SECONDARY,
            "Namespace creation share of container start time",
            "8–10 ms (<1.5% of start)",
            "Azure VM, 2 vCPU / 8 GB",
            "arXiv 2602.15214 abstract (2026)",
            Links.ARXIV_2602_15214),
    DOCKER_CREATE_START_LOADED_HOST("1c", SECONDARY,
            "Docker create+start on an idle vs a loaded host",
            "541 ms on an idle host; 1.5 s with >1000 containers already present",
            "Docker 18.09, overlay2, kernel 4.15",
            "Cadden et al., SEUSS, EuroSys'20 §7, Table 3, via secondary note"),
    DOCKER_CREATION_THROUGHPUT("1c", SECONDARY,
            "Docker container creation throughput",
            "5.3 creations/s (processes: 45/s); mean 8.5 s with 16-way parallel creation",
            "Docker 18.09, overlay2, kernel 4.15",
            "Cadden et al., SEUSS, EuroSys'20 §7, Table 3, via secondary note"),
    CONTAINERD_CREATE_START("1c", PRIMARY,
            "containerd create+start and stop+delete",
            "~250 ms / ~250 ms",
            "2018, maintainer comment",
            "moby issue #21737",
            "https://github.com/moby/moby/issues/21737"),
    CRI_CREATE_RUN_DESTROY("1c", SECONDARY,
            "CRI (containerd/runc) create / run / destroy",
            "0.50 s / 0.18 s / 0.48 s",
            "kernel 4.19",
            "Espe et al., CLOSER 2020, Table 1, via secondary note"),
    OCI_RUNTIME_LIFECYCLE("1c", SECONDARY,
            "OCI runtime create+start+delete",
            "runc 224.6 ms, crun 47.3 ms, youki 111.5 ms; crun runs 100 × /bin/true in 1.69 s vs runc 3.34 s",
            "vendor READMEs",
            "youki and crun READMEs via secondary note",
            "https://github.com/containers/crun"),
    NETNS_CREATION("1c", SECONDARY,
            "Network namespace creation and cleanup",
            "0.28 s for one; 14.41 s for 100 concurrent; cleanup 0.20 s / 7.77 s;"
                    + " network create+connect is 90% of Docker start",
            "kernel 4.4",
            "Mohan et al., \"Agile Cold Starts for Scalable Serverless\", HotCloud'19, Table 1, via secondary note",
            Links.MOHAN_HOTCLOUD19),
    CONTAINER_CHURN_NETNS("1c", SECONDARY,
            "Container churn rate with and without network namespaces",
            "200 containers/s with netns; >400/s after kernel fixes; 900/s with no netns;"
                    + " reusing a cgroup is ≥2× faster than creating one",
            "Oakes et al., SOCK, USENIX ATC'18 §2",
            "secondary note",
            "https://www.usenix.org/conference/atc18/presentation/oakes"),
    CNI_SANDBOX_SETUP("1c", PRIMARY,
            "CNI network setup inside RunPodSandbox",
            "~1.5 s (default network on a laptop; the \"long pole\")",
            "containerd, 2021",
            "containerd PR #6111",
            Links.CONTAINERD_PULL_6111),
    POD_SANDBOX_CREATE_PRODUCTION("1c", PRIMARY,
            "Pod sandbox creation in production",
            "p90 >10 s",
            "OpenShift, 2019",
            "cri-o issue #2906",
            "https://github.com/cri-o/cri-o/issues/2906"),
    ROOTFS_PREPARATION_CONCURRENCY("1c", SECONDARY,
            "Rootfs preparation under concurrency",
            "devicemapper ~30 ms alone → ~10 s at 200 concurrent; a reflinked volatile layer cut preparation"
                    + " from 207 ms to 0.2 ms",
            "Li et al., RunD, ATC'22 §3.1, §4.2",
            "secondary note",
            Links.RUND_ATC22),
    MOUNTINFO_SCAN("1c", PRIMARY,
            "Container start time vs number of live containers",
            "grows linearly with the number of live containers: the daemon and runc re-parse"
                    + " /proc/self/mountinfo, which gains one rootfs mount per container",
            "Docker 1.10 era, 2016",
            "moby issue #20851 (maintainer analysis); also moby #22383",
            "https://github.com/moby/moby/issues/20851"),

    // ---------------------------------------------------------------- 1d. Images, pulls and caching

    PULL_SHARE_OF_START("1d", PRIMARY,
            "Share of container start time spent pulling, and share of pulled data read at start",
            "76% of start time is pulling, yet only 6.4% of the pulled data is read at start",
            "HelloBench, 57 images",
            "Harter et al., Slacker, FAST'16, abstract",
            "https://www.usenix.org/conference/fast16/technical-sessions/presentation/harter"),
    BORG_TASK_STARTUP("1d", SECONDARY,
            "Borg task start-up",
            "median ≈25 s, of which package installation is ~80%",
            "Verma et al., Borg, EuroSys'15",
            "quoted in the Morning Paper Slacker summary",
            "https://blog.acolyer.org/2016/05/02/slacker-fast-distribution-with-lazy-docker-containers/"),
    DOCKER_PARALLEL_DOWNLOADS("1d", PRIMARY,
            "Docker parallel layer downloads per pull",
            "3 layers at a time (daemon option --max-concurrent-downloads)",
            "Docker daemon default",
            "docs.docker.com, `docker image pull`",
            "https://docs.docker.com/reference/cli/docker/pull/"),
    KUBELET_IMAGE_PULLS("1d", PRIMARY,
            "kubelet image pull defaults",
            "serializeImagePulls=true by default (one pull at a time per node); registryPullQPS=5, registryBurst=10",
            "kubelet defaults",
            "AKS issue #3138 (configz dump); GKE on-prem API docs; kubernetes PR #16749",
            "https://github.com/Azure/AKS/issues/3138"),
    KUBELET_IMAGE_GC("1d", PRIMARY,
            "kubelet image cache eviction",
            "GC to 80% when disk use >85% (imageGCHighThresholdPercent=85, imageGCLowThresholdPercent=80);"
                    + " LRU order; image GC every 5 min",
            "kubelet defaults",
            "kubespray docs; Kubernetes garbage-collection docs",
            "https://kubernetes.io/docs/concepts/architecture/garbage-collection/"),
    CONTAINER_START_RANGE_DOCKER_HUB("1d", PRIMARY,
            "Container start range across Docker Hub images",
            "\"hundreds of ms to tens of seconds in the same environment\"",
            "~200,000 images",
            "CCGrid'23, \"An Empirical Study of Container Image Configurations and Their Impact on Start Times\","
                    + " abstract"),
    ESTIMATE_PULL_TIME_MODEL("1d", ESTIMATE,
            "Image pull time model",
            "t_pull ≈ t_auth+manifest (~0.1–0.5 s) + Σ_layers(size_c / bw_share) + Σ_layers(size_u / extract_rate),"
                    + " with extract_rate ≈ 100–300 MB/s and layers unpacked serially in chain order",
            "modelling assumption",
            "Spinup model shaped by containerd discussion #13349 (layers share bandwidth, unpack is sequential)",
            Links.CONTAINERD_DISCUSSION_13349),
    ESTIMATE_LAYER_EXTRACT_RATE("1d", ESTIMATE,
            "Layer decompress-and-extract rate",
            "100–300 MB/s of unpacked data, one layer at a time per image, in chain order",
            "CPU-bound; no measurement found",
            "calibration.md §1d pull time model",
            Links.CONTAINERD_DISCUSSION_13349),
    ESTIMATE_REGISTRY_MANIFEST_LATENCY("1d", ESTIMATE,
            "Registry authentication and manifest round trips before the first layer download",
            "~0.1–0.5 s per pull",
            "no measurement found",
            "calibration.md §1d pull time model"),
    ESTIMATE_BUILDKIT_FIXED_COSTS("1d", ESTIMATE,
            "BuildKit's own work in a docker build, around the steps",
            "load the build definition and .dockerignore ~50 ms; resolve the base image's metadata with the"
                    + " registry ~0.6 s (\"load metadata for docker.io/...\", done on every build); send the"
                    + " build context's new files over the daemon's socket at ~200 MB/s; check the cache ~5 ms per"
                    + " step; snapshot an executed step's layer ~30 ms; start a RUN step's container ~250 ms;"
                    + " export (layers, config, manifest, name) ~150 ms: a fully cached rebuild takes about a second",
            "one local builder, a warm daemon, a registry on the internet; BuildKit prints these as [internal]"
                    + " and exporting steps",
            "Spinup estimate from the timings docker build prints, not measured"),
    ESTIMATE_IMAGE_LAYER_SIZES("1d", ESTIMATE,
            "Realistic layer sizes of common Docker Hub images (compressed download / unpacked on disk)",
            "alpine:3.20: 1 layer, ~3.6 MB / ~8 MB; nginx:1.27 (Debian): 7 layers, ~70 MB / ~190 MB"
                    + " (base ~29 MB, nginx ~40 MB, five layers under 1 MB); python:3.12-slim: 4 layers,"
                    + " ~45 MB / ~130 MB; python:3.12: 8 layers, ~370 MB / ~1.0 GB (largest ~210 MB);"
                    + " postgres:16 (Debian): ~14 layers, ~150 MB / ~430 MB (one ~100 MB layer)",
            "linux/amd64, 2024-era tags; sizes drift with every release",
            "Spinup estimate from general knowledge of Docker Hub listings, not measured"),

    // ---------------------------------------------------------------- 1e. Kubernetes orchestration

    POD_STARTUP_SLO("1e", PRIMARY,
            "Kubernetes pod start-up latency SLO",
            "p99 ≤ 5 s per cluster-day",
            "stateless, schedulable pods, excluding image pull and init containers, measured from pod creation"
                    + " to \"all containers reported started and observed via watch\"; default installation"
                    + " within the scalability thresholds",
            "kubernetes/community sig-scalability/slos/pod_startup_latency.md",
            "https://github.com/kubernetes/community/blob/master/sig-scalability/slos/pod_startup_latency.md"),
    ORIGINAL_K8S_SLA("1e", PRIMARY,
            "Original Kubernetes scalability SLA wording",
            "\"99% of pods (with pre-pulled images) start within 5 s\"; \"99% of API calls return in <1 s\";"
                    + " valid up to 1000 nodes at 30 pods/node",
            "~2015–16",
            "old sig-scalability README (fork elipapa/community)"),
    K8S_SCALABILITY_THRESHOLDS("1e", PRIMARY,
            "Kubernetes scalability thresholds",
            "5000 nodes; 150,000 pods; pods/node ≤ min(110, 10 × cores); 10,000 namespaces; 10,000 services",
            "limits within which the SLOs are expected to hold",
            "kubernetes/community configs-and-limits/thresholds.md",
            "https://github.com/kubernetes/community/blob/master/sig-scalability/configs-and-limits/thresholds.md"),
    K8S_NODE_ALLOCATABLE("1e", PRIMARY,
            "Node allocatable",
            "allocatable = capacity − kube-reserved − system-reserved − hard eviction threshold; the kubelet's"
                    + " default hard eviction threshold is memory.available < 100 MiB",
            "kubelet flags --kube-reserved, --system-reserved, --eviction-hard (both reservations empty unless set)",
            "Kubernetes docs, Reserve Compute Resources for System Daemons",
            "https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/"),
    K8S_RESERVED_DISTRIBUTED_CLOUD("1e", PRIMARY,
            "Resources a managed Kubernetes node reserves for the OS and Kubernetes components",
            "80 millicores + 1 % of CPU capacity; 330 MiB + 5 % of memory capacity; eviction threshold 100 MiB"
                    + " (4 cores, 8 GiB: 120 m and 730 MiB reserved)",
            "Google Distributed Cloud (GKE on VMware) nodes, 1.15 and later; 280 MiB in 1.3–1.5",
            "Google Distributed Cloud docs, Resources available for your workloads",
            "https://cloud.google.com/kubernetes-engine/distributed-cloud/vmware/docs/how-to/resources-available-pods"),
    SLOW_POD_SANDBOX_EXAMPLE("1e", PRIMARY,
            "Example of a pod missing the start-up SLO",
            "sandbox creation alone took ~4.8 s, so the SLO was missed (5.07 s)",
            "2018",
            "kubernetes issue #66672",
            "https://github.com/kubernetes/kubernetes/issues/66672"),
    SCHEDULER_THROUGHPUT_2015("1e", PRIMARY,
            "kube-scheduler throughput, early 2015",
            "~1 pod/s (v0.8.1; 30 pods took 53 s)",
            "early 2015; by late 2015 it was 8–15 pods/s",
            "kubernetes issue #3954",
            "https://github.com/kubernetes/kubernetes/issues/3954"),
    SCHEDULER_THROUGHPUT_2019("1e", PRIMARY,
            "kube-scheduler throughput at 5000 nodes, 2019",
            "average 100 pods/s; the test itself was rate-limited at 100 pods/s, and the API QPS limit of 100"
                    + " became the binding bottleneck",
            "2019, 5000 nodes. Not a historical constant: earlier it was 1 pod/s (early 2015)"
                    + " and 8–15 pods/s (late 2015)",
            "kubernetes PR #74041",
            Links.KUBERNETES_PR_74041),
    SCHEDULER_CI_THRESHOLD("1e", PRIMARY,
            "kube-scheduler throughput threshold in CI",
            "90 pods/s",
            "2020",
            "kubernetes issue #93217",
            "https://github.com/kubernetes/kubernetes/issues/93217"),
    SCHEDULER_THROUGHPUT_LARGE_CLUSTER("1e", PRIMARY,
            "Scheduler throughput on a recent large cluster",
            "kube-scheduler ~300 pods/s end to end (430 peak) at 30k nodes and 2000 pods/s offered;"
                    + " Gödel ~1000 pods/s",
            "2025",
            "kubewharf/godel-scheduler PR #73",
            "https://github.com/kubewharf/godel-scheduler/pull/73"),
    K8S_SMALL_CLUSTER_UNOPTIMISED("1e", PRIMARY,
            "Pod creation to completion on an unoptimised small cluster",
            "10–15 s with cached images",
            "2015, 3 × m3.xlarge",
            "kubernetes issue #9883",
            "https://github.com/kubernetes/kubernetes/issues/9883"),

    // ---------------------------------------------------------------- 1f. Memory footprint and density

    VMM_MEMORY_OVERHEAD("1f", DERIVED,
            "VMM per-VM overhead: host memory beyond guest RAM",
            "Firecracker 2.5 MB, Cloud Hypervisor 13.3 MB, QEMU 131 MB (147.6 MB at 128 MB guests);"
                    + " constant from 128 MB to 8 GB guests",
            "m5d.metal, 1 vCPU; pmap data mappings minus VM size. The paper text rounds to ≈3 / 13 / 131 MB"
                    + " (§5.2, Fig. 7)",
            "FC NSDI'20 data, mem-*.dat",
            Links.NSDI20_DATA),
    STRUCT_PAGE_TAX("1f", DERIVED,
            "Guest RAM not visible to the guest (VM size − MemTotal)",
            "≈ 16 MB + 1.56% of guest RAM (e.g. 18.4 MB at 128 MB, 32 MB at 1 GB, 48 MB at 2 GB;"
                    + " ≥4 GB adds ~+80 MB)",
            "Firecracker guests, Linux guest kernel. The mechanism (1.56% = a 64 B struct page per 4 KiB page)"
                    + " is an estimate",
            "FC NSDI'20 data",
            Links.NSDI20_DATA),
    MINIMAL_GUEST_FOOTPRINT("1f", DERIVED,
            "Idle memory used by a minimal Linux guest",
            "~47 MB used: a 128 MB VM shows MemTotal 112 MB, MemAvailable 65 MB",
            "minimal linuxkit + sshd guest on Firecracker",
            "FC NSDI'20 data",
            Links.NSDI20_DATA),
    FULL_DISTRO_FOOTPRINT_QUOTE("1f", SECONDARY,
            "Full-distro guest memory footprint",
            "\"hundreds of megabytes to several gigabytes for most Linux distributions\"",
            "Manco et al., SOSP'17 introduction",
            "quoted in MaoZiming/papers notes (7-datacenter/72-lightvm.md)"),
    ESTIMATE_FULL_DISTRO_IDLE_RSS("1f", ESTIMATE,
            "Idle RSS of a full server-distro guest (kernel, systemd and base services)",
            "150–400 MB",
            "Spinup default; a measured full-distro idle guest RSS is a listed gap",
            "calibration.md §1f and §2.7"),
    KUBEVIRT_VM_OVERHEAD("1f", PRIMARY,
            "KubeVirt / OpenShift Virtualization per-VM memory overhead",
            "≈ 0.002 × guest RAM + 218 MiB + 8 MiB × vCPUs (+16 MiB per graphics device, + others)",
            "2025 docs",
            "openshift-docs PR #98822 (virt-cluster-resource-requirements.adoc)",
            "https://github.com/openshift/openshift-docs/pull/98822"),
    CONTAINERD_SHIM_MEMORY("1f", PRIMARY,
            "containerd-shim memory per container",
            "RSS 5.2–8.6 MB (2018); ~10–11 MB (shim-runc-v2, v1.6, 2022); PSS 1.2 MB after the ttrpc change"
                    + " (from 5.6 MB)",
            "containerd versions from 2018 to 2022, as stated with each figure",
            "containerd issues #2020, #7878 and PR #1767",
            Links.CONTAINERD_ISSUE_2020),
    CONTAINER_ENGINE_DAEMON_MEMORY("1f", PRIMARY,
            "Container engine daemon memory",
            "containerd 57–64 MB, cri-containerd 51 MB",
            "2018",
            "containerd issue #2020",
            Links.CONTAINERD_ISSUE_2020),
    GVISOR_DENSITY("1f", PRIMARY,
            "Host memory per container, runc vs gVisor (runsc)",
            "empty container (sleep): runc 4.1 MB, runsc 23.7 MB; node app 76.7 vs 124.1 MB;"
                    + " ruby 45.7 vs 106.1 MB; redis with 1 GB of data 1055 vs 1077 MB",
            "50 instances (5 for redis); host free-memory delta per container",
            "google/gvisor website/performance/density.csv",
            "https://github.com/google/gvisor/blob/master/website/performance/density.csv"),
    KATA_VS_RUNC_CAPACITY("1f", PRIMARY,
            "Kata vs runc container capacity on a small cluster",
            "runc maxed at ~377 containers (the memory model predicted 160), kata at 134;"
                    + " per-container usage runc 200–600 MB vs kata 600–1200 MB",
            "500 MB workloads, 5 workers × 16 GB (80 GB); informal notes",
            "Kata performance notes (c3d), stored file"),
    NETNS_POOL_MEMORY("1f", SECONDARY,
            "Memory of a pre-created network namespace pool vs pre-warmed containers",
            "2 MB for 50 pause netns vs 1500–1600 MB for pre-warmed containers",
            "HotCloud'19",
            "secondary note",
            Links.MOHAN_HOTCLOUD19),
    KSM_SHARING("1f", PRIMARY,
            "KSM page sharing, density example",
            "52 Windows XP VMs × 1 GB on a 16 GB host",
            "Red Hat experiment, Linux 2.6.32 (2009)",
            "KSM write-ups (mcbachmann.de; a Wikipedia-derived page)"),
    DIFFERENCE_ENGINE_SHARING("1f", PRIMARY,
            "Memory savings from content-based sharing plus patching and compression",
            "up to 90% (homogeneous VMs) / 65% (heterogeneous); 1.5× ESX for homogeneous, 1.6–2.5× for"
                    + " heterogeneous; <7% CPU overhead",
            "Gupta et al., Difference Engine, OSDI'08",
            "paper abstract",
            "https://www.usenix.org/legacy/events/osdi08/tech/full_papers/gupta/gupta_html/index.html"),
    SEUSS_SNAPSHOT_DENSITY("1f", PRIMARY,
            "Function instance density with snapshots plus page sharing",
            "50,000+ cached function instances vs 3,000 with standard OS or container techniques;"
                    + " deploy <10 ms vs 100s of ms",
            "Cadden et al., SEUSS, EuroSys'20",
            "paper abstract",
            "https://doi.org/10.1145/3342195.3392698"),
    KERNEL_TEXT_SHARING_BREAKS("1f", SECONDARY,
            "Guest kernel text lost to sharing by self-patching",
            "a self-modifying guest kernel rewrote 7,928 KB of the 10,012 KB of text/rodata it touched,"
                    + " which defeats sharing",
            "RunD, ATC'22",
            "secondary note",
            Links.RUND_ATC22),

    // ---------------------------------------------------------------- 1g. Steady-state runtime overheads

    LINPACK_OVERHEAD("1g", SECONDARY,
            "Linpack throughput, native vs KVM vs Docker",
            "native 290.8 GFLOPS; KVM untuned 241.3 (−17%); KVM tuned 284.2 (−2%, vCPUs pinned and cache"
                    + " topology exposed); Docker ≈ native",
            "Felter et al., IBM RC25482 (2014) / ISPASS 2015, Table I; 2-socket Xeon E5-2665"
                    + " (CPU model unverified)",
            "secondary note (\"Software layer research (stage 6)\")"),
    PXZ_OVERHEAD("1g", SECONDARY,
            "PXZ compression throughput, KVM and Docker vs native",
            "KVM −22% untuned, −18% tuned; Docker ≈ native",
            "Felter et al. 2014, same set-up as the Linpack figures",
            "secondary note"),
    MEMORY_BANDWIDTH_OVERHEAD("1g", SECONDARY,
            "STREAM memory bandwidth / RandomAccess, KVM and Docker vs native",
            "KVM −1% to −3% / −1%; Docker ≈ native",
            "Felter et al. 2014, same set-up as the Linpack figures",
            "secondary note"),
    NETWORK_BULK_THROUGHPUT("1g", SECONDARY,
            "Network bulk throughput, KVM and Docker vs native",
            "all configurations reach 9.3 Gbps (10 GbE); NAT lengthens Docker's packet path;"
                    + " vhost-net is efficient on transmit but costly on receive",
            "Felter et al. 2014, same set-up as the Linpack figures",
            "secondary note"),
    NETWORK_RTT_OVERHEAD("1g", SECONDARY,
            "Network round-trip latency, KVM and Docker vs native",
            "KVM adds ~30 µs per round trip (+80%); Docker with NAT ~2× native RTT; Docker --net=host ≈ native",
            "netperf TCP_RR/UDP_RR; Felter et al. 2014",
            "three independent secondary notes agree (including leeplay/study)"),
    BLOCK_IO_OVERHEAD("1g", SECONDARY,
            "Block I/O, KVM vs native",
            "sequential ≈ equal; random I/O: KVM delivers about half the IOPS; read latency 2–3×",
            "fio; Felter et al. 2014",
            "secondary note"),
    MYSQL_OVERHEAD("1g", SECONDARY,
            "MySQL throughput, KVM and Docker vs native",
            "KVM overhead >40%; Docker with NAT + AUFS loses some; Docker with host networking + volumes"
                    + " ≈ native (that last part unverified, an estimate)",
            "sysbench OLTP; Felter et al. 2014",
            "secondary note"),
    FIRECRACKER_CPU("1g", PRIMARY,
            "Firecracker guest CPU performance vs bare metal",
            ">95% of bare metal",
            "specification target",
            "firecracker SPECIFICATION.md",
            Links.FIRECRACKER_SPEC),
    FIRECRACKER_IO_SPEC("1g", PRIMARY,
            "Firecracker I/O performance targets",
            "network 14.5 Gbps at ≤80% of an emulation core (25 Gbps at 100%); +0.06 ms latency;"
                    + " storage 1 GiB/s at ≤70% of a core",
            "with a dedicated host core for device emulation",
            "firecracker SPECIFICATION.md",
            Links.FIRECRACKER_SPEC),
    FIRECRACKER_IO_PAPER("1g", SECONDARY,
            "Firecracker I/O measured in the paper",
            "guest→host ~15 Gb/s vs 44–47 Gb/s loopback; 4 kB reads ~13k IOPS / 52 MB/s vs 340k IOPS bare",
            "NSDI'20",
            "secondary summary (Firecracker evaluation-matrix note)"),
    GVISOR_CPU_MEMORY("1g", PRIMARY,
            "gVisor raw CPU and memory access overhead",
            "no overhead for raw CPU or memory access; the cost is in syscalls, page faults, network and VFS",
            "not stated",
            "gVisor performance guide",
            Links.GVISOR_PERFORMANCE_GUIDE),
    NESTED_VIRTUALIZATION("1g", PRIMARY,
            "Nested virtualization slowdown",
            "6–8% slower than single-level virtualization for common workloads",
            "Ben-Yehuda et al., The Turtles Project, OSDI'10 (multi-dimensional paging,"
                    + " multi-level device assignment)",
            "paper abstract",
            "https://www.usenix.org/conference/osdi10/turtles-project-design-and-implementation-nested-virtualization"),
    NESTED_WITHOUT_EPT("1g", PRIMARY,
            "Nested guest performance without / with nested EPT",
            "L2 ≈ 25% of host CPU/memory performance without nested EPT; ~80% expected with it",
            "older QEMU/KVM; low confidence",
            "stoney-cloud wiki"),

    // ---------------------------------------------------------------- 2. Mechanism defaults

    ESTIMATE_FIRMWARE_PHASE("2", ESTIMATE,
            "VM firmware phase",
            "SeaBIOS/OVMF 0.3–3 s; qboot 15–20 ms; none for direct kernel boot",
            "suggested default for the VM boot pipeline",
            "calibration.md §2.1"),
    ESTIMATE_BOOTLOADER_PHASE("2", ESTIMATE,
            "VM bootloader phase",
            "0–3 s, plus any menu timeout",
            "suggested default for the VM boot pipeline",
            "calibration.md §2.1"),
    ESTIMATE_KERNEL_PHASE("2", ESTIMATE,
            "Guest kernel phase",
            "60 ms–3 s",
            "suggested default for the VM boot pipeline",
            "calibration.md §2.1"),
    ESTIMATE_INITRD_PHASE("2", ESTIMATE,
            "Guest initrd phase",
            "0.5–1 s",
            "suggested default for the VM boot pipeline",
            "calibration.md §2.1"),
    ESTIMATE_UNIKERNEL_FOOTPRINT("2", ESTIMATE,
            "Memory a unikernel guest (Mini-OS, Unikraft) keeps resident, and the RAM it hides from itself",
            "4 MiB resident; no struct-page tax (no Linux page array)",
            "a Mini-OS or Unikraft image of a few hundred KB to a few MB, run in 8–32 MB domains (ukboot, LightVM)",
            "Spinup estimate; LightVM (SOSP'17) and ukboot run such guests in 32 MB domains"),
    ESTIMATE_USERSPACE_PHASE("2", ESTIMATE,
            "Guest init/systemd userspace phase",
            "3–40 s",
            "suggested default for the VM boot pipeline; cloud-init comes on top",
            "calibration.md §2.1"),
    ESTIMATE_VDI_BOOT_IOPS("2", ESTIMATE,
            "Disk IOPS demanded by one booting desktop VM",
            "~150 IOPS per desktop boot",
            "VDI desktop boot; stated without a source",
            "calibration.md §2.4"),
    ESTIMATE_DISK_BANDWIDTH("2", ESTIMATE,
            "Host disk bandwidth and IOPS",
            "NVMe SSD 1.5–3 GB/s sequential read, 100k–500k IOPS; SATA SSD ~500 MB/s, 50k–90k IOPS;"
                    + " HDD 100–200 MB/s sequential, 100–200 IOPS random",
            "single local device; calibration.md names the disk as a capped resource but gives no figure",
            "Spinup estimate for calibration.md §2.4"),
    ESTIMATE_REGISTRY_BANDWIDTH("2", ESTIMATE,
            "Download bandwidth from a container registry to one node",
            "cloud VM to a nearby registry or mirror 50–150 MB/s; local mirror over 1 GbE ~110 MB/s;"
                    + " school or home internet to Docker Hub 5–30 MB/s",
            "per node, shared fairly between concurrent layer downloads",
            "Spinup estimate for calibration.md §2.3"),
    ESTIMATE_XENSTORE_REQUESTS_PER_CREATE("2", ESTIMATE,
            "XenStore requests caused by one domain create",
            "~3 requests per running domain per create, so xenstored service time grows with N",
            "Xen toolstack; stated without a source row (the ukboot XenStore traces could check it)",
            "calibration.md §2.5"),
    ESTIMATE_SCHEDULER_SERVICE_TIME("2", ESTIMATE,
            "kube-scheduler service time per pod",
            "a + b·nodes, with Spinup defaults a = 1 ms and b = 2 µs per node (≈11 ms per pod at 5000 nodes,"
                    + " close to the 90–100 pods/s measured there)",
            "form from calibration.md; coefficients are assumptions loosely fitted to the 2019 measurement",
            "Spinup estimate for calibration.md §2.10, fitted to kubernetes PR #74041",
            Links.KUBERNETES_PR_74041),
    ESTIMATE_SANDBOX_CNI_SETUP("2", ESTIMATE,
            "CNI network setup per pod sandbox",
            "0.1–1.5 s",
            "the upper end is containerd PR #6111 (~1.5 s on a laptop); the lower end is an assumption",
            "calibration.md §2.10",
            Links.CONTAINERD_PULL_6111),
    ESTIMATE_MAX_CONCURRENT_VM_BOOTS("2", ESTIMATE,
            "Admission limit on VMs booting at once",
            "20 concurrently booting VMs (Citrix default)",
            "stated without a source",
            "calibration.md §2.11"),
    ESTIMATE_KSM_SHAREABLE_FRACTION("2", ESTIMATE,
            "Shareable memory fraction between identical idle VMs (KSM/TPS)",
            "30–60% for same-OS idle VMs (up to 90% in Difference Engine); merging lags boot at the scan rate"
                    + " and guest writes break sharing",
            "suggested default",
            "calibration.md §2.9"),
    FIRECRACKER_MEMORY_NOT_RETURNED("2", PRIMARY,
            "Whether Firecracker gives touched guest memory back to the host",
            "never: once a guest touches memory, the host keeps it allocated",
            "2023",
            "hocus.dev blog, \"Why We Replaced Firecracker with QEMU\"",
            "https://hocus.dev/blog/qemu-vs-firecracker/"),
    SNAPSHOT_RESTORE_WORKING_SET("2", SECONDARY,
            "Snapshot/restore as an alternative start path",
            "restore cost proportional to the touched working set: 8–99 MB vs 148–256 MB for a cold start,"
                    + " with lazy page faults",
            "SEUSS and Firecracker snapshots",
            "calibration.md §2.13"),
    ESTIMATE_HOST_OS_RESERVED("2", ESTIMATE,
            "Memory and CPU the host OS keeps for itself",
            "Linux server or hypervisor host 0.5–1 GiB RAM and ~0.1–0.25 core; a Kubernetes node adds"
                    + " 0.3–0.5 GiB for kubelet and the container runtime; a desktop OS hosting a type 2"
                    + " hypervisor 2–4 GiB and ~0.5 core",
            "idle host, no user workload",
            "Spinup estimate for the memory ledger of calibration.md §2.7"),
    ESTIMATE_APP_INIT_TIME("2", ESTIMATE,
            "Application's own start-up inside a container, after the runtime starts it",
            "/bin/true ~1 ms; nginx ready to serve 10–50 ms; python hello-world 20–50 ms;"
                    + " postgres:16 first start with initdb 2–5 s, later restarts 0.3–1 s",
            "warm page cache, one vCPU",
            "Spinup estimate for the last container phase of calibration.md §2.1"),

    // ---------------------------------------------------------------- 3. Gaps

    ESTIMATE_TYPE2_OVERHEAD("3", ESTIMATE,
            "Extra cost of a type 2 (hosted) hypervisor over a type 1",
            "CPU-bound work at 0.85–0.95 × the KVM speed; +50–150 MB host memory per VM for the hypervisor's"
                    + " user-space process; 1–3 s to start the hypervisor application before firmware runs",
            "desktop hypervisors (VirtualBox, VMware Workstation) on a desktop host OS",
            "Spinup estimate; calibration.md gives no figure for type 2 hypervisors and lists Hyper-V and"
                    + " VMware boot times as gaps"),
    ESTIMATE_PHASE_SPLIT("3", ESTIMATE,
            "How a published phase duration is split into CPU work, disk reads and waiting",
            "kernel phases mostly CPU; init and services mostly waiting plus reading the OS from disk;"
                    + " firmware mostly timers; runtime steps mostly CPU; the totals match the cited figures",
            "an idle host; only the split is assumed, the phase totals come from the phase's own source",
            "Spinup estimate; lets contention emerge when many instances start at once"),
    ESTIMATE_CLASSROOM_HOST("3", ESTIMATE,
            "The default lesson host",
            "16 cores, 64 GiB RAM, NVMe SSD 2 GB/s with 200 000 IOPS, 10 Gbit/s NIC, 1 GiB kept by the host OS",
            "a typical 2020s rack server; disk and host-OS figures from the disk and host-OS estimates",
            "Spinup estimate"),
    ESTIMATE_ENGINE_DAEMON_START("3", ESTIMATE,
            "Start of the container engine daemons (dockerd and containerd) in a freshly booted node VM",
            "about 1 s: 0.3 s of CPU and 0.7 s of waiting",
            "systemd unit start on a cloud image",
            "Spinup estimate"),
    ESTIMATE_CONTROL_POINT_COSTS("3", ESTIMATE,
            "Time each start spends inside a per-host serialization point, and how it grows with live instances",
            "engine daemon 150 ms held + 0.9 ms of mount-table scan per live container; network-namespace lock"
                    + " 40 ms; cgroup lock 3 ms (Xen's toolstack and XenStore are fitted to their own curve:"
                    + " xenstore-growth)",
            "fitted so a warm docker run is ~0.5 s alone and ~1.5 s with 1000 containers (SEUSS Table 3) and"
                    + " 100 concurrent netns creations serialise (Mohan et al.)",
            "Spinup estimate fitted to the cited rows"),
    ESTIMATE_SHUTDOWN("3", ESTIMATE,
            "Time to stop an instance",
            "full-distro VM ACPI shutdown ~3 s; minimal guest ~50 ms; container stop and remove ~250 ms"
                    + " (containerd maintainer figure)",
            "clean shutdown, nothing left to flush",
            "Spinup estimate; the container figure is moby issue #21737"),
    ESTIMATE_APP_MEMORY("3", ESTIMATE,
            "Resident memory of the lesson apps",
            "hello (/bin/true-like) 1 MiB; nginx 8 MiB; python web app 40 MiB; postgres 160 MiB with default"
                    + " shared buffers; node and ruby apps from the gVisor density table",
            "idle after start-up",
            "Spinup estimate except where the gVisor density CSV gives the figure"),
    ESTIMATE_HYPERVISOR_FOOTPRINT("3", ESTIMATE,
            "Host memory of hypervisor services and per-VM overheads with no measurement",
            "libvirtd and friends ~64 MiB per host; Xen per-domain overhead ~8 MiB (no QEMU for PV guests);"
                    + " ESXi-like VMM ~100 MiB per VM; VirtualBox-like ~100 MiB per VM and ~150 MiB of services",
            "idle host",
            "Spinup estimate"),
    ESTIMATE_KSM_SCAN_RATE("3", ESTIMATE,
            "Rate at which KSM merges identical pages",
            "about 20 MB/s: ksmd's default of 100 pages every 20 ms",
            "Linux defaults (pages_to_scan=100, sleep_millisecs=20)",
            "Spinup estimate from the kernel's documented defaults"),
    ESTIMATE_SWAP_SLOWDOWN("3", ESTIMATE,
            "How much swapping slows CPU work on an overcommitted host",
            "CPU work stretched by 1 + 4 × (resident/RAM − 1)",
            "a teaching approximation: real thrashing is far less linear",
            "Spinup estimate"),
    ESTIMATE_KUBE_SCHEDULER_DEFAULTS("3", ESTIMATE,
            "kube-scheduler queueing and sampling defaults",
            "percentageOfNodesToScore adaptive: 50 % − nodes/125, at least 5 % and 100 nodes; pod back-off 1 s"
                    + " doubling to 10 s; unschedulable pods retried at least every 5 min",
            "kube-scheduler component defaults (podInitialBackoffSeconds, podMaxBackoffSeconds,"
                    + " podMaxInUnschedulablePodsDuration), v1.2x",
            "Spinup estimate from the kube-scheduler configuration reference; not a calibration.md row"),
    ESTIMATE_SCHEDULER_ERAS("3", ESTIMATE,
            "kube-scheduler cycle time by era, as a + b·nodes filtered",
            "2015: a = 1 s, b = 0 (about 1 pod/s); 2019: a = 1 ms, b = 2 µs, every node filtered (≈90–100 pods/s"
                    + " at 5000 nodes); 2025: a = 1 ms, b = 1.5 µs with adaptive node sampling (≈300 pods/s at"
                    + " 30k nodes)",
            "coefficients fitted to the three throughput rows of calibration.md §1e",
            "Spinup estimate fitted to kubernetes issue #3954, PR #74041 and kubewharf/godel-scheduler PR #73"),
    ESTIMATE_KUBE_CLIENT_RATE_LIMITS("3", ESTIMATE,
            "Client-side API rate limits of the control-plane components (QPS / burst)",
            "kube-controller-manager 20 / 30; kube-scheduler 100 / 100 (the 2019 scalability tests' API QPS);"
                    + " kubelet 50 / 100 (5 / 10 before v1.27); about 5 ms per API request served",
            "component flag defaults (--kube-api-qps, --kube-api-burst); request latency well inside the"
                    + " 1 s API SLO",
            "Spinup estimate from the component flag references and kubernetes PR #74041"),
    ESTIMATE_NODE_LIFECYCLE_TIMERS("3", ESTIMATE,
            "How long a failed node takes to be marked NotReady and have its pods evicted",
            "node-monitor-grace-period 40 s to NotReady; pods tolerate not-ready for 300 s before eviction"
                    + " (default tolerationSeconds); a replacement is created at once after the eviction",
            "kube-controller-manager and admission defaults before the 2023 changes",
            "Spinup estimate from the node lifecycle controller's documented defaults"),
    ESTIMATE_READINESS_PROBE("3", ESTIMATE,
            "Readiness probe timing",
            "first probe after initialDelaySeconds (0 s default); probed every periodSeconds (10 s default);"
                    + " one success marks the pod Ready",
            "Kubernetes probe defaults",
            "Spinup estimate from the Kubernetes probe reference"),
    ESTIMATE_KUBELET_POD_WORKER("3", ESTIMATE,
            "kubelet pod worker: sandbox creation and status observation",
            "pod sandbox (pause container and CNI network setup) 0.5 s; PLEG relists containers every 1 s, so a"
                    + " started container is seen running up to 1 s later",
            "sandbox within the 0.1–1.5 s CNI range of calibration.md §2.10; PLEG relist period is the kubelet"
                    + " default",
            "Spinup estimate from containerd PR #6111 and the kubelet's relist period",
            Links.CONTAINERD_PULL_6111),
    ESTIMATE_POD_REQUESTS("3", ESTIMATE,
            "A pod's resource requests when a deployment names none",
            "100 millicores of CPU and the app's resident memory",
            "Kubernetes sets no default requests; a namespace LimitRange commonly defaults CPU to 100m",
            "Spinup estimate"),
    ESTIMATE_CLUSTER_AUTOSCALER("3", ESTIMATE,
            "Cluster autoscaler timing",
            "scans every 10 s; adds nodes only for pods the scheduler marked unschedulable; a new node is Ready"
                    + " once its VM has booted and its kubelet has registered",
            "cluster-autoscaler defaults (--scan-interval 10s); scale-down not modelled",
            "Spinup estimate from the cluster-autoscaler FAQ"),
    ESTIMATE_HORIZONTAL_AUTOSCALER("3", ESTIMATE,
            "Horizontal pod autoscaler timing",
            "syncs every 15 s; desired = ceil(current × utilisation / target), ignored within a 10 % tolerance;"
                    + " scale-down takes the highest recommendation of the last 300 s",
            "kube-controller-manager defaults (--horizontal-pod-autoscaler-sync-period, tolerance, downscale"
                    + " stabilization)",
            "Spinup estimate from the HorizontalPodAutoscaler reference"),
    ESTIMATE_KUBE_ROLLOUT_DEFAULTS("3", ESTIMATE,
            "Deployment rolling update defaults",
            "maxSurge 25 % (rounded up) and maxUnavailable 25 % (rounded down) of the replicas",
            "the Deployment API's defaults for the RollingUpdate strategy",
            "Spinup estimate from the Deployment reference"),
    ESTIMATE_LAYER_STORE_SIZE("3", ESTIMATE,
            "Size of a host's image-layer store before old layers are evicted",
            "4 × the host's memory for instances (256 GiB on the 64 GiB classroom host)",
            "a local disk with room for many images; eviction follows kubelet's image garbage collection",
            "Spinup estimate"),
    LESSON_SETTING("3", Evidence.LESSON,
            "A value the scenario file sets instead of the catalogue default",
            "as written in the scenario file",
            "chosen by the lesson's author",
            "the scenario file"),
    ESTIMATE_RUNTIME_OVERHEADS("3", ESTIMATE,
            "Steady-state overhead factors with no direct measurement",
            "system calls ×1.0 inside a VM or a runc container (they stay in the guest's or host's own kernel);"
                    + " a type 2 hypervisor ×1.1 CPU, ×2.5 random I/O, +60 µs per round trip; gVisor adds ~100 µs"
                    + " per network round trip",
            "relative to bare metal on the same host",
            "Spinup estimate");

    private static final Map<String, Source> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Source::key, Function.identity()));

    private final String calibrationSection;
    private final Evidence evidence;
    private final String quantity;
    private final String value;
    private final String conditions;
    private final String citation;
    private final Optional<String> url;

    Source(String calibrationSection, Evidence evidence, String quantity, String value, String conditions,
            String citation) {
        this(calibrationSection, evidence, quantity, value, conditions, citation, Optional.empty());
    }

    Source(String calibrationSection, Evidence evidence, String quantity, String value, String conditions,
            String citation, String url) {
        this(calibrationSection, evidence, quantity, value, conditions, citation, Optional.of(url));
    }

    Source(String calibrationSection, Evidence evidence, String quantity, String value, String conditions,
            String citation, Optional<String> url) {
        this.calibrationSection = Objects.requireNonNull(calibrationSection);
        this.evidence = Objects.requireNonNull(evidence);
        this.quantity = Objects.requireNonNull(quantity);
        this.value = Objects.requireNonNull(value);
        this.conditions = Objects.requireNonNull(conditions);
        this.citation = Objects.requireNonNull(citation);
        this.url = url;
    }

    /** The source whose {@link #key()} is {@code key}, if any. */
    public static Optional<Source> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(Objects.requireNonNull(key, "key")));
    }

    /** A markdown document body listing every source, generated so docs/calibration-sources.md cannot drift. */
    public static String markdownTable() {
        return SourceMarkdown.render(Arrays.asList(values()));
    }

    /** Stable lower-kebab id used in scenario files and the UI, e.g. "firecracker-boot-to-init". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What was measured or assumed, in plain words. */
    public String quantity() {
        return quantity;
    }

    /** The figure as published, with its units. */
    public String value() {
        return value;
    }

    /** Hardware, year, software and caveats as calibration.md states them. */
    public String conditions() {
        return conditions;
    }

    /** Who published the figure and where. */
    public String citation() {
        return citation;
    }

    /** An https address for the citation, when one could be formed reliably. */
    public Optional<String> url() {
        return url;
    }

    /** How firm the figure is. */
    public Evidence evidence() {
        return evidence;
    }

    /** The calibration.md section the row comes from, e.g. "1b" (or "2" for mechanism defaults). */
    public String calibrationSection() {
        return calibrationSection;
    }

    /** A compact citation paragraph for a tooltip: the figure, its conditions, who says so, and how firm it is. */
    public String studentText() {
        StringBuilder text = new StringBuilder()
                .append(sentence(quantity + ": " + value))
                .append(' ').append(sentence("Conditions: " + conditions))
                .append(' ').append(sentence("Source: " + citation + url.map(u -> " (" + u + ")").orElse("")))
                .append(' ').append(evidence.label()).append(": ").append(evidence.meaning());
        return text.toString();
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
