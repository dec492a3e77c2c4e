package dev.spinup.model.runtime;

import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.DiskSpec;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.RegistrySpec;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.ContainerIsolation;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.Era;
import dev.spinup.model.stack.GuestOsProfile;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.HypervisorType;
import dev.spinup.model.stack.PageSharing;
import dev.spinup.model.stack.RuntimeOverhead;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A small simulated world for the runtime tests: hosts whose rates make the arithmetic exact (a disk and a NIC of
 * 1 GB/s, so one byte takes one nanosecond), hand-made stacks whose phases are exactly the demands a test names,
 * and a recorder of every model event.
 */
final class World {

    static final Source SOURCE = Source.LESSON_SETTING;
    static final DataRate GB_PER_SECOND = DataRate.ofMegabytesPerSecond(1000);
    /** An image with no layers: container stacks need one, these tests need it to cost nothing. */
    static final Image NO_IMAGE = new Image("scratch:test", List.of());
    static final AppProfile INSTANT_APP = app(0, PhaseSpec.of(PhaseKind.APP, SOURCE));
    static final RuntimeOverhead NATIVE = overhead(1.0, 1.0);

    final Simulation sim = new Simulation();
    final List<ModelEvent> events = new ArrayList<>();
    /** Called with every event as it happens, after it is recorded. */
    final List<Consumer<ModelEvent>> hooks = new ArrayList<>();
    final Infrastructure infra;

    World(PlacementPolicy placement, HostSpec... hosts) {
        this(placement.create(), true, hosts);
    }

    World(PlacementPolicy placement, boolean keepDetail, HostSpec... hosts) {
        this(placement.create(), keepDetail, hosts);
    }

    World(Placement placement, HostSpec... hosts) {
        this(placement, true, hosts);
    }

    World(Placement placement, boolean keepDetail, HostSpec... hosts) {
        ModelObserver recorder = new ModelObserver() {
            @Override
            public void on(ModelEvent event) {
                events.add(event);
                hooks.forEach(hook -> hook.accept(event));
            }

            @Override
            public Set<ModelEvent.Kind> wants() {
                return EnumSet.complementOf(EnumSet.of(ModelEvent.Kind.LOAD_CHANGED));
            }
        };
        infra = new Infrastructure(sim, new RandomStreams(7), List.of(hosts),
                new RegistrySpec("registry.test", GB_PER_SECOND, Duration.ZERO), PullerConfig.DOCKER, placement,
                recorder, keepDetail);
    }

    World(HostSpec... hosts) {
        this(PlacementPolicy.FIRST_FIT, hosts);
    }

    Host host(int index) {
        return infra.hosts().get(index);
    }

    Instance launch(int index, StackSpec stack) {
        return infra.launch(index, stack, INSTANT_APP, NO_IMAGE);
    }

    Instance launch(int index, StackSpec stack, AppProfile app) {
        return infra.launch(index, stack, app, NO_IMAGE);
    }

    /** The recorded events of one type, in order. */
    <E extends ModelEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A host with {@code forInstances} of memory for instances (the host OS keeps 1 GiB more), no overcommit. */
    static HostSpec host(String name, int cores, DataSize forInstances) {
        return host(name, cores, forInstances, OvercommitPolicy.REFUSE, 1.0, 1.0);
    }

    static HostSpec host(String name, int cores, DataSize forInstances, OvercommitPolicy policy,
                         double memoryOvercommit, double vcpuOvercommit) {
        DataSize os = DataSize.ofGiB(1);
        return new HostSpec(name, cores, forInstances.plus(os), new DiskSpec(GB_PER_SECOND, 1_000_000),
                GB_PER_SECOND, os, vcpuOvercommit, policy, memoryOvercommit);
    }

    static Demand cpu(long millis) {
        return new Demand.CpuWork(Duration.ofMillis(millis));
    }

    static Demand latency(double millis) {
        return Demand.Latency.ofMillis(millis);
    }

    static PhaseSpec phase(PhaseKind kind, Demand... demands) {
        return PhaseSpec.of(kind, SOURCE, demands);
    }

    static AppProfile app(long residentMiB, PhaseSpec start) {
        return new AppProfile("test-app", "test app", NO_IMAGE.reference(), start,
                Cited.of(DataSize.ofMiB(residentMiB), SOURCE));
    }

    static RuntimeOverhead overhead(double cpu, double randomIo) {
        return new RuntimeOverhead(Cited.of(cpu, SOURCE), Cited.of(1.0, SOURCE), Cited.of(1.0, SOURCE),
                Cited.of(randomIo, SOURCE),
                Cited.of(Duration.ZERO, SOURCE));
    }

    /** Containers whose start is exactly {@code phases} (then the app's phase), with no shim and no daemon. */
    static ContainerStack containers(PhaseSpec... phases) {
        return containers(DataSize.ZERO, DataSize.ZERO, phases);
    }

    static ContainerStack containers(DataSize shim, DataSize daemon, PhaseSpec... phases) {
        ContainerRuntimeProfile runtime = new ContainerRuntimeProfile("test-runtime", "test runtime",
                ContainerIsolation.SHARED_KERNEL, List.of(phases), Cited.of(shim, SOURCE),
                Cited.of(DataSize.ZERO, SOURCE), Cited.of(daemon, SOURCE), NATIVE,
                Cited.of(Duration.ofMillis(10), SOURCE), new Era("test", 2026, SOURCE));
        return new ContainerStack("test containers", runtime);
    }

    /** A hypervisor whose VMs start with {@code phases}, cost {@code vmm} each and {@code services} once. */
    static HypervisorProfile hypervisor(DataSize vmm, DataSize services, RuntimeOverhead overhead,
                                        PhaseSpec... phases) {
        return new HypervisorProfile("test-hv", "test hypervisor", HypervisorType.TYPE_1, List.of(phases),
                Cited.of(vmm, SOURCE), Cited.of(services, SOURCE), overhead,
                Cited.of(Duration.ofMillis(20), SOURCE));
    }

    /** A guest OS that boots through {@code phases}, keeps {@code idle} resident and has no struct-page tax. */
    static GuestOsProfile guest(String key, DataSize idle, PhaseSpec... phases) {
        return new GuestOsProfile(key, "test guest " + key, List.of(phases), Cited.of(idle, SOURCE),
                Cited.of(0.0, SOURCE), Cited.of(DataSize.ZERO, SOURCE));
    }

    static VmStack vms(HypervisorProfile hypervisor, GuestOsProfile guest, int vcpus, DataSize ram) {
        return new VmStack("test VMs", hypervisor, guest, new VmShape(vcpus, ram), Optional.empty());
    }

    static VmStack vms(HypervisorProfile hypervisor, GuestOsProfile guest, int vcpus, DataSize ram,
                       PageSharing sharing) {
        return new VmStack("test VMs", hypervisor, guest, new VmShape(vcpus, ram), Optional.of(sharing));
    }

    /** The recorded phase of {@code kind}. */
    static PhaseRecord phaseOf(Instance instance, PhaseKind kind) {
        return instance.phases().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow(() ->
                new AssertionError(instance + " has no " + kind + " phase: " + instance.phases()));
    }
}
