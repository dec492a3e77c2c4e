package dev.spinup.model.runtime;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.CloudProfile;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.GuestOsProfile;
import dev.spinup.model.stack.Hydration;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.RootVolume;
import dev.spinup.model.stack.RuntimeOverhead;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a stack and an app into the phases one instance goes through. The catalogue's profiles say what each
 * phase demands; the planner adds what depends on the combination: the memory each phase leaves resident, and
 * the stack's CPU and I/O overhead applied to work that runs inside a guest or sandbox.
 */
public final class StartupPlanner {

    private StartupPlanner() {
    }

    public static StartupPlan plan(StackSpec stack, AppProfile app) {
        return stack.accept(new StackSpec.Visitor<>() {
            @Override
            public StartupPlan vms(VmStack vm) {
                return planVm(vm, app.startPhase(), app.resident().value(), true);
            }

            @Override
            public StartupPlan containers(ContainerStack container) {
                return planContainer(container, app);
            }

            @Override
            public StartupPlan containersInVms(ContainersInVmStack nested) {
                return planContainer(nested.inner(), app);
            }

            @Override
            public StartupPlan cloudVms(CloudVmStack cloud) {
                return planCloudVm(cloud, app);
            }
        });
    }

    /**
     * {@code plan} for one instance whose app keeps {@code drawn} resident instead of its profile's nominal amount.
     * A container's reservation is its request or, above it, its use; its use changes by the difference. A VM's
     * RAM stays what it reserves and its use changes by the difference, the app never holding more than the guest
     * RAM leaves it; a cloud VM counts its RAM whole either way.
     */
    static StartupPlan forInstance(StartupPlan plan, StackSpec stack, AppProfile app, DataSize drawn) {
        DataSize nominal = app.resident().value();
        return stack.accept(new StackSpec.Visitor<>() {
            @Override
            public StartupPlan vms(VmStack vm) {
                DataSize room = vm.shape().guestRam().minus(vm.guestOs().structPageTax(vm.shape().guestRam()))
                        .minus(vm.guestOs().idleResident().value());
                long delta = Math.min(drawn.bytes(), room.bytes()) - nominal.bytes();
                return plan.withApp(delta, plan.reservation(), DataSize.ofBytes(plan.inUse().bytes() + delta));
            }

            @Override
            public StartupPlan containers(ContainerStack container) {
                return container(drawn);
            }

            @Override
            public StartupPlan containersInVms(ContainersInVmStack nested) {
                return container(drawn);
            }

            @Override
            public StartupPlan cloudVms(CloudVmStack cloud) {
                DataSize room = cloud.shape().guestRam().minus(cloud.guestOs().structPageTax(
                        cloud.shape().guestRam())).minus(cloud.guestOs().idleResident().value());
                long delta = Math.min(drawn.bytes(), room.bytes()) - nominal.bytes();
                return plan.withApp(delta, plan.reservation(), plan.inUse());
            }

            private StartupPlan container(DataSize used) {
                long delta = used.bytes() - nominal.bytes();
                DataSize request = app.memoryRequest().map(c -> c.value()).orElse(DataSize.ZERO);
                long reservedNow = Math.max(request.bytes(), used.bytes()) - app.reserved().bytes();
                return plan.withApp(delta, DataSize.ofBytes(plan.reservation().bytes() + reservedNow),
                        DataSize.ofBytes(plan.inUse().bytes() + delta));
            }
        });
    }

    /** The per-instance sizes of {@code stack} that each instance draws its own of, in bytes; empty when all are fixed. */
    static Map<MemoryComponent, Distribution> sizesVarying(StackSpec stack) {
        return stack.accept(new StackSpec.Visitor<>() {
            @Override
            public Map<MemoryComponent, Distribution> vms(VmStack vm) {
                return vmSizes(vm.hypervisor(), vm.guestOs());
            }

            @Override
            public Map<MemoryComponent, Distribution> containers(ContainerStack container) {
                return perInstance(container.runtime().sizesVary());
            }

            @Override
            public Map<MemoryComponent, Distribution> containersInVms(ContainersInVmStack nested) {
                return perInstance(nested.inner().runtime().sizesVary());
            }

            @Override
            public Map<MemoryComponent, Distribution> cloudVms(CloudVmStack cloud) {
                return vmSizes(cloud.cloud().hypervisor(), cloud.guestOs());
            }

            private Map<MemoryComponent, Distribution> vmSizes(HypervisorProfile hypervisor, GuestOsProfile guest) {
                Map<MemoryComponent, Distribution> sizes = new EnumMap<>(MemoryComponent.class);
                sizes.putAll(perInstance(hypervisor.sizesVary()));
                guest.idleVaries().ifPresent(d -> sizes.put(MemoryComponent.GUEST_KERNEL_AND_OS, d));
                return sizes;
            }

            /** The sizes each instance draws, not those each host draws once (its daemon, its services). */
            private Map<MemoryComponent, Distribution> perInstance(Map<MemoryComponent, Distribution> all) {
                Map<MemoryComponent, Distribution> own = new EnumMap<>(MemoryComponent.class);
                all.forEach((c, d) -> {
                    if (c.perInstance()) {
                        own.put(c, d);
                    }
                });
                return own;
            }
        });
    }

    /**
     * {@code plan} for one instance whose own parts are {@code drawn} instead of their nominal (mean) sizes. A
     * container's shim and sandbox count in its reservation and its use; a VM's VMM overhead counts in both, its
     * guest OS in its use only (inside the guest RAM it reserves, never holding more than that RAM leaves).
     */
    static StartupPlan withSizes(StartupPlan plan, StackSpec stack, Map<MemoryComponent, DataSize> drawn) {
        Map<MemoryComponent, Long> deltas = new EnumMap<>(MemoryComponent.class);
        long reserved = 0;
        long used = 0;
        for (Map.Entry<MemoryComponent, DataSize> e : drawn.entrySet()) {
            MemoryComponent component = e.getKey();
            long delta = e.getValue().bytes() - nominal(stack, component).bytes();
            if (component == MemoryComponent.GUEST_KERNEL_AND_OS) {
                delta = Math.min(delta, guestRoom(stack, plan));
            } else {
                reserved += delta;
            }
            used += delta;
            deltas.put(component, delta);
        }
        boolean cloud = stack instanceof CloudVmStack;
        return plan.withSizes(deltas, DataSize.ofBytes(plan.reservation().bytes() + reserved),
                cloud ? DataSize.ofBytes(plan.inUse().bytes() + reserved) : DataSize.ofBytes(plan.inUse().bytes() + used));
    }

    /** True when a guest OS drawn at {@code drawn} would not fit in what {@code plan}'s guest RAM leaves it. */
    static boolean guestOsCapped(StartupPlan plan, StackSpec stack, DataSize drawn) {
        long delta = drawn.bytes() - nominal(stack, MemoryComponent.GUEST_KERNEL_AND_OS).bytes();
        return delta > guestRoom(stack, plan);
    }

    private static DataSize nominal(StackSpec stack, MemoryComponent component) {
        if (stack instanceof VmStack vm) {
            return component == MemoryComponent.VMM_OVERHEAD ? vm.hypervisor().vmmOverhead().value()
                    : vm.guestOs().idleResident().value();
        }
        if (stack instanceof CloudVmStack c) {
            return component == MemoryComponent.VMM_OVERHEAD ? c.cloud().hypervisor().vmmOverhead().value()
                    : c.guestOs().idleResident().value();
        }
        ContainerRuntimeProfile runtime = stack instanceof ContainersInVmStack n ? n.inner().runtime()
                : ((ContainerStack) stack).runtime();
        return component == MemoryComponent.SHIM ? runtime.shim().value() : runtime.sandbox().value();
    }

    /** The guest RAM of a stack whose instances are VMs with a guest OS of their own (a VM or cloud VM). */
    static Optional<DataSize> guestRam(StackSpec stack) {
        return stack instanceof VmStack vm ? Optional.of(vm.shape().guestRam())
                : stack instanceof CloudVmStack cloud ? Optional.of(cloud.shape().guestRam()) : Optional.empty();
    }

    /**
     * How {@code stack}'s guest OS, when each VM (or node VM) draws its own size, fits what the RAM leaves it with
     * {@code app} at its planned size: the same room {@link #guestOsCapped} caps at. Empty when the stack has no
     * guest OS of its own or its size does not vary.
     */
    public static Optional<GuestOsFit> guestOsFit(StackSpec stack, AppProfile app) {
        if (stack instanceof ContainersInVmStack nested) {
            return nested.node().guestOs().idleVaries().map(d -> fit(d,
                    nominal(nested.node(), MemoryComponent.GUEST_KERNEL_AND_OS).bytes() + nodeGuestRoom(nested)));
        }
        Optional<Distribution> varies = stack instanceof VmStack vm ? vm.guestOs().idleVaries()
                : stack instanceof CloudVmStack cloud ? cloud.guestOs().idleVaries() : Optional.empty();
        return varies.map(d -> fit(d, nominal(stack, MemoryComponent.GUEST_KERNEL_AND_OS).bytes()
                + guestRoom(stack, plan(stack, app))));
    }

    private static GuestOsFit fit(Distribution drawn, long roomBytes) {
        long room = Math.max(0, roomBytes);
        return new GuestOsFit(DataSize.ofBytes(room), Math.max(0, Math.min(1, drawn.shareAbove(room))));
    }

    /** How many bytes more a VM's guest OS may keep than planned before the guest RAM is full. */
    private static long guestRoom(StackSpec stack, StartupPlan plan) {
        if (stack instanceof CloudVmStack cloud) {
            // a cloud VM's plan counts its RAM whole, so what its guest touches is summed from the plan itself
            long touched = plan.appDelta();
            for (PhaseSpec phase : plan.phases()) {
                for (Demand d : phase.demands()) {
                    if (d instanceof Demand.MemoryTouch t && t.component() != MemoryComponent.VMM_OVERHEAD) {
                        touched += t.bytes().bytes();
                    }
                }
            }
            return cloud.shape().guestRam().bytes() - touched;
        }
        if (!(stack instanceof VmStack vm)) {
            return Long.MAX_VALUE;
        }
        // a VM's use is its VMM overhead plus what its guest touches: page tables, idle OS and app
        long touched = plan.inUse().bytes() - vm.hypervisor().vmmOverhead().value().bytes();
        return vm.shape().guestRam().bytes() - touched;
    }

    /**
     * {@code plan}, a node VM's, for one node whose VMM overhead and guest OS are {@code drawn}: the VMM counts in
     * its reservation and use (a node is counted whole); the guest OS takes from the room its containers get, never
     * more than that room (the difference shows in {@link NodeVm#containerRoom}).
     */
    static StartupPlan nodeWithSizes(StartupPlan plan, ContainersInVmStack nested, Map<MemoryComponent, DataSize> drawn) {
        VmStack vm = nested.node();
        Map<MemoryComponent, Long> deltas = new EnumMap<>(MemoryComponent.class);
        long vmm = 0;
        for (Map.Entry<MemoryComponent, DataSize> e : drawn.entrySet()) {
            long delta = e.getValue().bytes() - nominal(vm, e.getKey()).bytes();
            if (e.getKey() == MemoryComponent.GUEST_KERNEL_AND_OS) {
                delta = Math.min(delta, nodeGuestRoom(nested));
            } else {
                vmm += delta;
            }
            deltas.put(e.getKey(), delta);
        }
        return plan.withSizes(deltas, DataSize.ofBytes(plan.reservation().bytes() + vmm),
                DataSize.ofBytes(plan.inUse().bytes() + vmm));
    }

    /** True when a node's guest OS drawn at {@code drawn} would leave its containers no room, and so is capped. */
    static boolean nodeGuestOsCapped(ContainersInVmStack nested, DataSize drawn) {
        return drawn.bytes() - nominal(nested.node(), MemoryComponent.GUEST_KERNEL_AND_OS).bytes()
                > nodeGuestRoom(nested);
    }

    /** How many bytes more a node's guest OS may keep than planned: all but 1 MiB of its containers' room. */
    private static long nodeGuestRoom(ContainersInVmStack nested) {
        return nodeCapacity(nested).bytes() - DataSize.MIB;
    }

    /** The node VM of a containers-in-VMs stack: a VM whose "app" is the container engine. */
    public static StartupPlan planNode(ContainersInVmStack nested) {
        ContainerRuntimeProfile engine = nested.inner().runtime();
        // The engine daemons start as a systemd unit once the node's OS is up: about 1 s (an estimate).
        PhaseSpec engineStart = PhaseSpec.of(PhaseKind.APP, Source.ESTIMATE_ENGINE_DAEMON_START,
                new Demand.CpuWork(Duration.ofMillis(300)), Demand.Latency.ofMillis(700))
                .withNote("The node's container engine (dockerd and containerd) starting: 0.3 s of CPU and 0.7 s"
                        + " of waiting.");
        return planVm(nested.node(), engineStart, engine.daemon().value(), false);
    }

    /** Guest RAM left for containers inside a node VM once its kernel, OS and engine are resident. */
    public static DataSize nodeCapacity(ContainersInVmStack nested) {
        VmStack vm = nested.node();
        DataSize used = vm.guestOs().idleResident().value()
                .plus(vm.guestOs().structPageTax(vm.shape().guestRam()))
                .plus(nested.inner().runtime().daemon().value());
        if (used.compareTo(vm.shape().guestRam()) >= 0) {
            throw new IllegalArgumentException(vm.label() + ": guest RAM " + vm.shape().guestRam()
                    + " leaves no room for containers after the guest OS and engine (" + used + ")");
        }
        return vm.shape().guestRam().minus(used);
    }

    private static StartupPlan planVm(VmStack vm, PhaseSpec appPhase, DataSize appResident, boolean appIsWorkload) {
        HypervisorProfile hypervisor = vm.hypervisor();
        GuestOsProfile guest = vm.guestOs();
        DataSize guestRam = vm.shape().guestRam();
        DataSize tax = checkedTax(vm.label(), guest, guestRam, appResident);
        double cpu = hypervisor.overhead().cpu().value();
        double io = hypervisor.overhead().randomIo().value();

        List<PhaseSpec> phases = new ArrayList<>(hypervisor.startPhases());
        phases.addAll(guestBoot(guest, tax, cpu, io));
        // The VMM's own memory is touched when its process starts; a PV guest with no VMM process pays it up front.
        int vmm = 0;
        for (int i = 0; i < hypervisor.startPhases().size(); i++) {
            if (hypervisor.startPhases().get(i).kind() == PhaseKind.VMM_START) {
                vmm = i;
            }
        }
        phases.set(vmm, append(phases.get(vmm), touch(MemoryComponent.VMM_OVERHEAD, hypervisor.vmmOverhead())));
        PhaseSpec app = scale(appPhase, cpu, io);
        phases.add(append(app, new Demand.MemoryTouch(
                appIsWorkload ? MemoryComponent.APP : MemoryComponent.ENGINE_DAEMON, appResident)));

        DataSize reservation = guestRam.plus(hypervisor.vmmOverhead().value());
        // By use, a host counts the pages a guest touches (KVM allocates guest RAM lazily), before page sharing
        // merges any. A node VM is counted whole: the containers it will carry fill its RAM later.
        DataSize inUse = appIsWorkload ? hypervisor.vmmOverhead().value().plus(tax)
                .plus(guest.idleResident().value()).plus(appResident) : reservation;
        PhaseSpec shutdown = stopPhase(hypervisor.shutdown(), hypervisor.shutdownVaries());
        return new StartupPlan(phases, reservation, inUse, vm.shape().vcpus(), List.of(shutdown));
    }

    /**
     * A new VM in a cloud: the API call (a token of the account's rate limit, then the call itself), provisioning,
     * the guest's boot on the cloud's hypervisor from a root volume of its own (its boot files are plain reads of
     * that volume, never a page cache shared with other VMs), each read followed by its hydration when the volume
     * fills in lazily from its snapshot, then cloud-init and the app.
     */
    private static StartupPlan planCloudVm(CloudVmStack vm, AppProfile app) {
        CloudProfile cloud = vm.cloud();
        HypervisorProfile hypervisor = cloud.hypervisor();
        DataSize guestRam = vm.shape().guestRam();
        DataSize tax = checkedTax(vm.label(), vm.guestOs(), guestRam, app.resident().value());
        double cpu = hypervisor.overhead().cpu().value();
        double io = hypervisor.overhead().randomIo().value();

        List<PhaseSpec> phases = new ArrayList<>();
        phases.add(prepend(cloud.apiCall(), new Demand.ApiToken(cloud.apiLimit().value())));
        phases.add(append(cloud.provisioning(), touch(MemoryComponent.VMM_OVERHEAD, hypervisor.vmmOverhead())));
        for (PhaseSpec phase : guestBoot(vm.guestOs(), tax, cpu, io)) {
            phases.add(fromOwnVolume(phase, vm.rootVolume() == RootVolume.LAZY_FROM_SNAPSHOT
                    ? Optional.of(cloud.hydration()) : Optional.empty()));
        }
        phases.add(scale(cloud.cloudInit(), cpu, io));
        phases.add(append(scale(app.startPhase(), cpu, io), touch(MemoryComponent.APP, app.resident())));

        // A cloud sells its instance's RAM whole and does not overcommit it, whatever the host's basis.
        DataSize reservation = guestRam.plus(hypervisor.vmmOverhead().value());
        PhaseSpec shutdown = stopPhase(hypervisor.shutdown(), hypervisor.shutdownVaries());
        return new StartupPlan(phases, reservation, vm.shape().vcpus(), List.of(shutdown));
    }

    /**
     * Boot files become reads of the VM's own volume; with lazy hydration, the phase's first reads then wait for
     * their blocks from the snapshot, one wait after its last read.
     */
    private static PhaseSpec fromOwnVolume(PhaseSpec phase, Optional<Cited<Hydration>> hydration) {
        List<Demand> demands = new ArrayList<>();
        DataSize bytes = DataSize.ZERO;
        long operations = 0;
        int afterLastRead = -1;
        for (Demand d : phase.demands()) {
            Demand own = d instanceof Demand.DiskImageRead file ? new Demand.DiskRead(file.bytes(), file.operations())
                    : d;
            demands.add(own);
            if (own instanceof Demand.DiskRead read) {
                bytes = bytes.plus(read.bytes());
                operations += read.operations();
                afterLastRead = demands.size();
            }
        }
        if (hydration.isPresent() && afterLastRead >= 0) {
            Cited<Hydration> h = hydration.get();
            demands.add(afterLastRead, new Demand.Hydrate(h.value().fetchTime(bytes, operations), h.source()));
        }
        return new PhaseSpec(phase.kind(), demands, phase.source(), phase.note());
    }

    /** The guest's boot phases, slowed by the hypervisor, with its kernel's page tables and idle OS touched. */
    private static List<PhaseSpec> guestBoot(GuestOsProfile guest, DataSize tax, double cpu, double io) {
        List<PhaseSpec> phases = new ArrayList<>();
        List<PhaseSpec> guestPhases = guest.bootPhases();
        for (int i = 0; i < guestPhases.size(); i++) {
            PhaseSpec phase = scale(guestPhases.get(i), cpu, io);
            if (phase.kind() == PhaseKind.KERNEL) {
                phase = prepend(phase, new Demand.MemoryTouch(MemoryComponent.STRUCT_PAGE_TAX, tax));
            }
            if (i == guestPhases.size() - 1) {
                phase = append(phase, touch(MemoryComponent.GUEST_KERNEL_AND_OS, guest.idleResident()));
            }
            phases.add(phase);
        }
        return phases;
    }

    /** The guest kernel's page tables, once the guest RAM is known to hold them, the idle OS and the app. */
    private static DataSize checkedTax(String label, GuestOsProfile guest, DataSize guestRam, DataSize appResident) {
        DataSize tax = guest.structPageTax(guestRam);
        DataSize touched = tax.plus(guest.idleResident().value()).plus(appResident);
        if (touched.compareTo(guestRam) > 0) {
            throw new IllegalArgumentException(label + ": guest RAM " + guestRam + " is too small for the guest"
                    + " OS, its kernel's page tables and the app (" + touched + ")");
        }
        return tax;
    }

    private static StartupPlan planContainer(ContainerStack stack, AppProfile app) {
        ContainerRuntimeProfile runtime = stack.runtime();
        double cpu = runtime.overhead().cpu().value();
        double io = runtime.overhead().randomIo().value();
        List<PhaseSpec> phases = new ArrayList<>();
        for (PhaseSpec phase : runtime.startPhases()) {
            if (phase.kind() == PhaseKind.SANDBOX) {
                phase = append(phase, touch(MemoryComponent.SANDBOX_KERNEL, runtime.sandbox()));
            }
            if (phase.kind() == PhaseKind.RUNTIME) {
                phase = append(phase, touch(MemoryComponent.SHIM, runtime.shim()));
            }
            phases.add(phase);
        }
        phases.add(append(scale(app.startPhase(), cpu, io), touch(MemoryComponent.APP, app.resident())));
        DataSize perContainer = runtime.shim().value().plus(runtime.sandbox().value());
        PhaseSpec stop = stopPhase(runtime.stop(), runtime.stopVaries());
        return new StartupPlan(phases, app.reserved().plus(perContainer), app.resident().value().plus(perContainer),
                0, List.of(stop));
    }

    /**
     * A shutdown or stop: a wait of its nominal length, or, when it varies, one each instance draws from its own
     * substream of the stop stream (the same instance draws the same on every stack).
     */
    private static PhaseSpec stopPhase(Cited<Duration> nominal, Optional<Distribution> varies) {
        return PhaseSpec.of(PhaseKind.SHUTDOWN, nominal.source(), varies
                .map(nanos -> new Demand.Latency(nanos.scaled(1e-6)))
                .orElseGet(() -> Demand.Latency.ofMillis(nominal.value().toNanos() / 1e6)));
    }

    /** How much slower CPU-bound work runs inside an instance of {@code stack} than on the bare host. */
    static double cpuFactor(StackSpec stack) {
        return overhead(stack).cpu().value();
    }

    /**
     * The steady-state overhead of work inside an instance of {@code stack}: its hypervisor's or runtime's, and
     * for a container in a node VM the runtime's inside the node's hypervisor's.
     */
    public static RuntimeOverhead overhead(StackSpec stack) {
        return stack.accept(OVERHEAD);
    }

    private static final StackSpec.Visitor<RuntimeOverhead> OVERHEAD = new StackSpec.Visitor<>() {
        @Override
        public RuntimeOverhead vms(VmStack vm) {
            return vm.hypervisor().overhead();
        }

        @Override
        public RuntimeOverhead containers(ContainerStack container) {
            return container.runtime().overhead();
        }

        @Override
        public RuntimeOverhead containersInVms(ContainersInVmStack nested) {
            return nested.inner().runtime().overhead().inside(nested.node().hypervisor().overhead());
        }

        @Override
        public RuntimeOverhead cloudVms(CloudVmStack cloud) {
            return cloud.cloud().hypervisor().overhead();
        }
    };

    private static Demand.MemoryTouch touch(MemoryComponent component, Cited<DataSize> bytes) {
        return new Demand.MemoryTouch(component, bytes.value());
    }

    private static PhaseSpec append(PhaseSpec phase, Demand demand) {
        List<Demand> demands = new ArrayList<>(phase.demands());
        demands.add(demand);
        return phase.withDemands(demands);
    }

    private static PhaseSpec prepend(PhaseSpec phase, Demand demand) {
        List<Demand> demands = new ArrayList<>();
        demands.add(demand);
        demands.addAll(phase.demands());
        return phase.withDemands(demands);
    }

    /** Work inside a guest or sandbox runs slower by the stack's overhead factors. */
    private static PhaseSpec scale(PhaseSpec phase, double cpuFactor, double ioFactor) {
        if (cpuFactor == 1.0 && ioFactor == 1.0) {
            return phase;
        }
        List<Demand> demands = new ArrayList<>();
        for (Demand d : phase.demands()) {
            demands.add(d.inGuest(cpuFactor, ioFactor));
        }
        return phase.withDemands(demands);
    }
}
