package dev.spinup.report.charts;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.image.BuildStep;
import dev.spinup.model.image.Dockerfile;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.PageSharing;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.ChartKind;
import dev.spinup.scenario.HostGroup;
import dev.spinup.scenario.LessonInfo;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import dev.spinup.scenario.TimedAction;
import dev.spinup.scenario.Workload;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Lessons built in code for the chart tests and the lookbook, independent of the scenario file format. */
public final class ChartScenarios {

    public static final StackChoice KVM = new StackChoice("vm", new VmStack("KVM + Ubuntu", Hypervisors.KVM_QEMU,
            GuestSystems.UBUNTU_CLOUD, new VmShape(2, DataSize.ofGiB(2)), Optional.empty()));
    /** KVM with same-page merging (KSM): identical guest pages are shared, so memory per VM drops over time. */
    public static final StackChoice KVM_KSM = new StackChoice("vm-ksm", new VmStack("KVM + KSM",
            Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD, new VmShape(2, DataSize.ofGiB(2)),
            Optional.of(new PageSharing(Cited.of(0.3, Source.KSM_SHARING),
                    Cited.of(DataRate.ofMegabytesPerSecond(200), Source.KSM_SHARING)))));
    public static final StackChoice FIRECRACKER = new StackChoice("fc", new VmStack("Firecracker",
            Hypervisors.FIRECRACKER, GuestSystems.MINIMAL_LINUX, new VmShape(1, DataSize.ofMiB(128)),
            Optional.empty()));
    public static final StackChoice DOCKER = new StackChoice("docker",
            new ContainerStack("Docker", ContainerRuntimes.DOCKER_RUNC));
    public static final StackChoice CRUN = new StackChoice("crun",
            new ContainerStack("containerd + crun", ContainerRuntimes.CONTAINERD_CRUN));
    public static final StackChoice GVISOR = new StackChoice("gvisor",
            new ContainerStack("gVisor", ContainerRuntimes.DOCKER_GVISOR));
    public static final StackChoice KATA = new StackChoice("kata",
            new ContainerStack("Kata Containers", ContainerRuntimes.DOCKER_KATA));
    public static final StackChoice VIRTUALBOX = new StackChoice("vbox", new VmStack("VirtualBox + Ubuntu",
            Hypervisors.VIRTUALBOX_LIKE, GuestSystems.UBUNTU_CLOUD, new VmShape(2, DataSize.ofGiB(2)),
            Optional.empty()));
    public static final StackChoice K8S_NODES = new StackChoice("nodes", new ContainersInVmStack(
            "Containers in node VMs", (VmStack) KVM.spec(), (ContainerStack) DOCKER.spec(), 10));

    private ChartScenarios() {
    }

    public static Scenario scenario(String title, List<StackChoice> stacks, int instances, Arrival arrival,
                                    PlacementPolicy placement, int replications, List<TimedAction> timeline,
                                    boolean warm, List<ChartKind> charts) {
        return scenario(title, 1, stacks, instances, arrival, placement, replications, timeline, warm, charts);
    }

    public static Scenario scenario(String title, int hosts, List<StackChoice> stacks, int instances,
                                    Arrival arrival, PlacementPolicy placement, int replications,
                                    List<TimedAction> timeline, boolean warm, List<ChartKind> charts) {
        return new Scenario(Scenario.SCHEMA_VERSION,
                new LessonInfo(title, "a lesson built in code for the chart tests", List.of("see it"), "?", "!"),
                42, replications, List.of(new HostGroup("host", hosts, Hardware.CLASSROOM_HOST.value())),
                Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(), stacks,
                new Workload(Apps.NGINX, Images.NGINX, instances, arrival, placement,
                        warm ? List.of(Images.NGINX) : List.of()),
                timeline, charts, Optional.empty());
    }

    /** Lesson 1: one VM against one container on the same host, warm image cache. */
    public static Scenario hello() {
        return scenario("Hello: a VM and a container", List.of(KVM, DOCKER), 1, new Arrival.AllAtOnce(),
                PlacementPolicy.FIRST_FIT, 1, List.of(), true, List.of());
    }

    /**
     * Lesson 2: a boot storm of 100 instances at once over four hosts, microVM against containers against full
     * VMs, cold image cache, three replications.
     */
    public static Scenario bootStorm() {
        return scenario("Boot storm: 100 at once", 4, List.of(FIRECRACKER, DOCKER, KVM), 100,
                new Arrival.AllAtOnce(), PlacementPolicy.ROUND_ROBIN, 3, List.of(), false, List.of());
    }

    /** Lesson 3: how many fit on one host, filled first-fit until it refuses. */
    public static Scenario density() {
        return scenario("Density: how many fit on one host", List.of(KVM, FIRECRACKER, DOCKER), 400,
                new Arrival.Staggered(Duration.ofMillis(50)), PlacementPolicy.FIRST_FIT, 1, List.of(), true, List.of());
    }

    /** Every other kind of stack side by side: a type-2 VM, two sandboxes, containers in node VMs, and crun. */
    public static Scenario zoo() {
        return scenario("Every kind of stack", List.of(VIRTUALBOX, GVISOR, KATA, K8S_NODES, DOCKER, CRUN), 12,
                new Arrival.Staggered(Duration.ofMillis(200)), PlacementPolicy.FIRST_FIT, 1, List.of(), true, List.of());
    }

    /** Ten VMs with and without page sharing, long enough for the merging to catch up. */
    public static Scenario pageSharing() {
        return scenario("Page sharing", List.of(KVM, KVM_KSM), 10, new Arrival.AllAtOnce(), PlacementPolicy.FIRST_FIT, 1,
                List.of(new TimedAction(Duration.ofMinutes(5), new TimedAction.Start(1))), true, List.of());
    }

    /** A Docker lesson that builds an image twice: the second build finds its layers in the cache. */
    public static Scenario build() {
        Dockerfile dockerfile = Dockerfile.from(Images.DEBIAN_SLIM,
                new BuildStep.Metadata("WORKDIR /app"),
                new BuildStep.Copy("package.json", "pkg-1", DataSize.ofKiB(2)),
                new BuildStep.Run("npm ci", Duration.ofSeconds(30), DataSize.ofMB(180)),
                new BuildStep.Copy("src/", "src-1", DataSize.ofMB(5)),
                new BuildStep.Metadata("CMD [\"node\", \"server.js\"]"));
        Dockerfile edited = dockerfile.withStep(3, new BuildStep.Copy("src/", "src-2", DataSize.ofMB(5)));
        return scenario("Builds and the layer cache", List.of(DOCKER), 2, new Arrival.AllAtOnce(),
                PlacementPolicy.FIRST_FIT, 1,
                List.of(new TimedAction(Duration.ZERO, new TimedAction.Build(dockerfile, "app:1", Optional.empty())),
                        new TimedAction(Duration.ofSeconds(120),
                                new TimedAction.Build(edited, "app:2", Optional.empty()))),
                true, List.of());
    }
}
