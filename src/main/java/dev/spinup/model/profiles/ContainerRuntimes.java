package dev.spinup.model.profiles;

import static dev.spinup.model.profiles.Phases.cpuMillis;
import static dev.spinup.model.profiles.Phases.critical;
import static dev.spinup.model.profiles.Phases.liveScanMillis;
import static dev.spinup.model.profiles.Phases.phase;
import static dev.spinup.model.profiles.Phases.readMB;
import static dev.spinup.model.profiles.Phases.waitMillis;
import static dev.spinup.model.profiles.Phases.writeMB;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.ContainerIsolation;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.stack.Era;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Container engines with their OCI runtimes. A warm {@code docker run} of a tiny image is ~0.5 s (moby #42096),
 * split over the engine API, rootfs, network namespace, cgroups and the runtime's create and start.
 */
public final class ContainerRuntimes {

    private static final PhaseSpec PULL = PhaseSpec.of(PhaseKind.IMAGE_PULL, Source.PULL_SHARE_OF_START,
            new Demand.ImagePull());
    private static final PhaseSpec ROOTFS = phase(PhaseKind.ROOTFS, Source.ROOTFS_PREPARATION_CONCURRENCY,
            cpuMillis(8), writeMB(1), waitMillis(14, 25));
    private static final PhaseSpec NETWORK = phase(PhaseKind.NETWORK, Source.NETNS_CREATION,
            critical(ControlPoint.NETWORK_NAMESPACE_LOCK, 40, 0), cpuMillis(10), waitMillis(20, 40))
            .withNote("Namespace creation serialises on a kernel lock (100 concurrent took 14.4 s on kernel 4.4);"
                    + " the 40 ms hold is a modern-kernel estimate (" + Source.ESTIMATE_CONTROL_POINT_COSTS.key()
                    + ").");
    private static final PhaseSpec ISOLATION = phase(PhaseKind.ISOLATION, Source.NAMESPACE_CREATION_SHARE,
            critical(ControlPoint.CGROUP_LOCK, 3, 0), cpuMillis(6), waitMillis(1));
    private static final Cited<Duration> STOP = Cited.of(Duration.ofMillis(250), Source.CONTAINERD_CREATE_START);
    /**
     * A runc shim's proportional share, not its RSS: an empty runc container costs the host 4.1 MB (gVisor's
     * density data), of which ~1 MiB is the sleeping process itself; shims share their Go runtime pages.
     */
    private static final Cited<DataSize> SHIM = Cited.of(DataSize.ofMB(3.1), Source.GVISOR_DENSITY);
    /** Kata's shim-v2 is its own process per pod, not the shared runc shim: its RSS counts whole. */
    private static final Cited<DataSize> KATA_SHIM = Cited.of(DataSize.ofMiB(10), Source.CONTAINERD_SHIM_MEMORY);
    private static final Cited<DataSize> NO_SANDBOX = Cited.of(DataSize.ZERO, Source.CONTAINERD_SHIM_MEMORY);
    /**
     * The Docker of the defaults: ~0.5 s per `docker run` (moby #42096, 2021), its daemon's throughput from SEUSS
     * (Docker 18.09).
     */
    private static final Era DOCKER_2021 = new Era("2021", 2021, Source.DOCKER_RUN_WARM);
    private static final Cited<DataSize> DOCKER_DAEMONS =
            Cited.of(DataSize.ofMiB(120), Source.CONTAINER_ENGINE_DAEMON_MEMORY);

    /**
     * The engine API: the CLI, dockerd and containerd. Creation is serialised inside the daemon (~5.3 creations/s
     * in SEUSS, so ~150 ms held per create), and each create rescans the mount table, one line per container.
     */
    private static final PhaseSpec DOCKER_API = phase(PhaseKind.ENGINE_API, Source.DOCKER_CREATION_THROUGHPUT,
            cpuMillis(20), critical(ControlPoint.ENGINE_DAEMON, 150, 0), liveScanMillis(0.9), waitMillis(25, 60))
            .withNote("5.3 creations/s gives ~150 ms held in the daemon per create; 541 ms idle vs 1.5 s with over"
                    + " 1000 containers (SEUSS Table 3) gives ~0.9 ms of mount-table rescan per live container"
                    + " (moby #20851). " + Phases.SPLIT);
    private static final PhaseSpec RUNC = phase(PhaseKind.RUNTIME, Source.OCI_RUNTIME_LIFECYCLE,
            cpuMillis(90), waitMillis(90, 140));

    public static final ContainerRuntimeProfile DOCKER_RUNC = new ContainerRuntimeProfile("docker-runc",
            "Docker Engine with runc", ContainerIsolation.SHARED_KERNEL,
            List.of(DOCKER_API, PULL, ROOTFS, NETWORK, ISOLATION, RUNC),
            SHIM, NO_SANDBOX, DOCKER_DAEMONS, Overheads.RUNC, STOP, DOCKER_2021);

    /**
     * Docker 1.12 (2016) with runc: concurrent `docker run`s of one image went one after another, ten at once
     * finishing ~2 s for the first and ~25 s for the tenth (moby #29780), so the daemon is held ~2.45 s per create,
     * fitted to the tenth; the rest of the start is today's.
     */
    public static final ContainerRuntimeProfile DOCKER_RUNC_1_12 = DOCKER_RUNC
            .withStartPhases(PhaseSpec.replaceIn(DOCKER_RUNC.startPhases(), PhaseKind.ENGINE_API, api ->
                    phase(PhaseKind.ENGINE_API, Source.DOCKER_1_12_CONCURRENT_RUN, cpuMillis(20),
                            critical(ControlPoint.ENGINE_DAEMON, 2450, 0), liveScanMillis(0.9), waitMillis(25, 60))
                            .withNote("Ten concurrent runs finished one after another, the tenth after ~25 s:"
                                    + " ~2.45 s held in the daemon per create (today ~150 ms). The mount-table"
                                    + " rescan per live container is kept from 2016's moby #20851.")))
            .withEra(new Era("1.12", 2016, Source.DOCKER_1_12_CONCURRENT_RUN));

    /** containerd driven directly (as kubelet does) with crun: 47 ms vs runc's 225 ms per lifecycle. */
    public static final ContainerRuntimeProfile CONTAINERD_CRUN = new ContainerRuntimeProfile("containerd-crun",
            "containerd with crun", ContainerIsolation.SHARED_KERNEL,
            List.of(phase(PhaseKind.ENGINE_API, Source.CONTAINERD_CREATE_START, cpuMillis(20),
                            critical(ControlPoint.ENGINE_DAEMON, 20, 0), liveScanMillis(0.5), waitMillis(30, 50)),
                    PULL, ROOTFS, NETWORK, ISOLATION,
                    phase(PhaseKind.RUNTIME, Source.OCI_RUNTIME_LIFECYCLE, cpuMillis(25), waitMillis(15, 25))),
            SHIM, NO_SANDBOX, Cited.of(DataSize.ofMiB(60), Source.CONTAINER_ENGINE_DAEMON_MEMORY),
            Overheads.RUNC, STOP, new Era("2018", 2018, Source.CONTAINERD_CREATE_START));

    /** gVisor: the Sentry, a user-space kernel, starts per container: ~100 ms more than runc (Quark's table). */
    public static final ContainerRuntimeProfile DOCKER_GVISOR = new ContainerRuntimeProfile("docker-gvisor",
            "Docker with gVisor (runsc)", ContainerIsolation.USERSPACE_KERNEL,
            List.of(DOCKER_API, PULL, ROOTFS, NETWORK, ISOLATION,
                    phase(PhaseKind.SANDBOX, Source.SANDBOX_RUNTIMES_DOCKER_RUN, cpuMillis(40), waitMillis(60, 100)),
                    RUNC),
            SHIM, Cited.of(DataSize.ofMB(19.6), Source.GVISOR_DENSITY), DOCKER_DAEMONS, Overheads.GVISOR, STOP,
            DOCKER_2021);

    /** Kata: each container gets a lightweight VM: ~1.1 s more than runc (1747 vs 607 ms, Quark's table). */
    public static final ContainerRuntimeProfile DOCKER_KATA = new ContainerRuntimeProfile("docker-kata",
            "Docker with Kata Containers (QEMU)", ContainerIsolation.LIGHT_VM,
            List.of(DOCKER_API, PULL, ROOTFS, NETWORK, ISOLATION,
                    phase(PhaseKind.SANDBOX, Source.SANDBOX_RUNTIMES_DOCKER_RUN, cpuMillis(250), readMB(30, 500),
                            waitMillis(850, 1200)),
                    RUNC),
            KATA_SHIM, Cited.of(DataSize.ofMiB(160), Source.KATA_POD_OVERHEAD), DOCKER_DAEMONS, Overheads.KVM, STOP,
            DOCKER_2021);

    /** The current era of every runtime: what a lesson gets when it names no era. */
    public static final List<ContainerRuntimeProfile> ALL = List.of(DOCKER_RUNC, CONTAINERD_CRUN, DOCKER_GVISOR,
            DOCKER_KATA);

    /** Earlier eras a lesson can pick ("the same tool got faster, and why"). */
    public static final List<ContainerRuntimeProfile> EARLIER = List.of(DOCKER_RUNC_1_12);

    /** {@code key} as {@code era} measured it (a version such as "1.12" or a year such as "2016"). */
    public static Optional<ContainerRuntimeProfile> find(String key, String era) {
        return Stream.concat(ALL.stream(), EARLIER.stream())
                .filter(r -> r.key().equals(key) && r.era().matches(era)).findFirst();
    }

    /** The eras {@code key} exists in, the current one first, each as its version. */
    public static List<String> eras(String key) {
        return Stream.concat(ALL.stream(), EARLIER.stream()).filter(r -> r.key().equals(key))
                .map(r -> r.era().version()).toList();
    }

    private ContainerRuntimes() {
    }
}
