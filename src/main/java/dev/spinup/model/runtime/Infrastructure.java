package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.Registry;
import dev.spinup.model.image.RegistrySpec;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulated world of one arm of a comparison: its hosts, the registry they pull from, every instance, and
 * the lifecycle API a workload driver or an orchestrator drives it through: ask for an instance and let the
 * {@link Placement} choose its host ({@link #launch}) or choose it yourself ({@link #request}, {@link #startOn});
 * boot a node VM and learn when it takes containers ({@link #bootNode}); add and remove hosts while the run goes
 * on; and observe every lifecycle event, or only one instance's or one host's ({@link #observe}).
 */
public final class Infrastructure {

    private final Simulation simulation;
    private final Registry registry;
    private final CloudAccount account;
    private final PullerConfig pullerConfig;
    private final Placement placement;
    private final Observers observers = new Observers();
    private final boolean keepDetail;
    private final RandomStream stackStreams;
    private final RandomStream appStreams;
    private final RandomStream stopStreams;
    private final RandomStreams randomStreams;
    private final List<Host> hosts = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();
    private final Map<Host, List<Host>> guestsOf = new IdentityHashMap<>();
    private final Map<StackSpec, StartupPlan> plans = new IdentityHashMap<>();
    private final Map<ContainersInVmStack, StartupPlan> nodePlans = new IdentityHashMap<>();
    /** Node VMs by slot (number − 1). */
    private final TreeMap<Integer, NodeVm> nodes = new TreeMap<>();
    /** The highest number given to each role so far, so that requested instances never reuse an id. */
    private final Map<InstanceId.Role, Integer> lastNumber = new EnumMap<>(InstanceId.Role.class);
    /** Built on the first look-up by id only: a storm of a million instances never asks. */
    private Map<InstanceId, Instance> byId;
    private GuestOsCapping guestOsCapping = GuestOsCapping.NONE;
    private final Placement nodeSlotting = new NodeVmSlotting(this);
    private final Host.InstanceStreams streams = new Host.InstanceStreams() {
        @Override
        public RandomStream stack(Instance instance) {
            return stackStreams.substream(instance.index());
        }

        @Override
        public RandomStream app(Instance instance) {
            return appStreams.substream(instance.index());
        }

        @Override
        public RandomStream quantity(String name, Instance instance) {
            return quantityStreams.computeIfAbsent(name, randomStreams::stream).substream(instance.index());
        }
    };
    /** The stream an app's memory usage is drawn from, when it varies per instance. */
    public static final String APP_MEMORY_STREAM = "app-memory";

    /** The stream a per-instance size (shim, sandbox, VMM overhead, guest OS) is drawn from, when it varies. */
    public static String sizeStream(MemoryComponent component) {
        return "size-" + component.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
    /** The stream of each quantity that varies per instance (a phase's length), by name, made on first use. */
    private final Map<String, RandomStream> quantityStreams = new HashMap<>();

    /**
     * @param observer told of the events it {@link ModelObserver#wants}; add more with {@link #observe}
     * @param keepDetail keep every instance's phase records (off only for benchmarks of a million instances); their
     *                   intervals are built only when also an observer wants {@code PHASE_ENDED} events
     */
    public Infrastructure(Simulation simulation, RandomStreams streams, List<HostSpec> hostSpecs,
                          RegistrySpec registrySpec, PullerConfig pullerConfig, Placement placement,
                          ModelObserver observer, boolean keepDetail) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.registry = new Registry(simulation, registrySpec, streams);
        this.account = new CloudAccount(simulation);
        this.pullerConfig = Objects.requireNonNull(pullerConfig, "pullerConfig");
        this.placement = Objects.requireNonNull(placement, "placement");
        observers.add(Objects.requireNonNull(observer, "observer"));
        if (observers.wants(ModelEvent.Kind.REGISTRY_LOAD_CHANGED)) {
            double capacity = registry.egress().capacityPerNano();
            registry.egress().setLoadListener((time, jobs, served) -> observers.on(
                    new ModelEvent.RegistryLoadChanged(time, registry.name(), jobs, served / capacity)));
        }
        this.keepDetail = keepDetail;
        this.stackStreams = streams.stream("instances/stack");
        this.appStreams = streams.stream("instances/app");
        this.stopStreams = streams.stream("instances/stop");
        this.randomStreams = streams;
        if (hostSpecs.isEmpty()) {
            throw new IllegalArgumentException("an infrastructure needs at least one host");
        }
        for (HostSpec spec : hostSpecs) {
            // host k of a group draws its disk and network from substream k: the same machine in every arm
            Host host = new Host(simulation, spec.drawn(streams), registry, pullerConfig, observers, account);
            host.drawHostSizesFrom(streams, hosts.size());
            hosts.add(host);
        }
    }

    public Simulation simulation() {
        return simulation;
    }

    /** The physical hosts in the order they joined; a removed or failed host stays here, down. */
    public List<Host> hosts() {
        return Collections.unmodifiableList(hosts);
    }

    /** The workload's instances in the order they were asked for (node VMs are not among them). */
    public List<Instance> instances() {
        return Collections.unmodifiableList(instances);
    }

    /** The node VMs started for containers-in-VMs stacks, in slot order. */
    public List<Instance> nodeVms() {
        List<Instance> vms = new ArrayList<>(nodes.size());
        nodes.values().forEach(node -> vms.add(node.vm()));
        return vms;
    }

    /** The node VMs booted so far, in slot order, each with its host once it has booted. */
    public List<NodeVm> nodes() {
        return List.copyOf(nodes.values());
    }

    public Registry registry() {
        return registry;
    }

    // ---- observing ----

    /** Adds an observer of every instance and host, told of the kinds it wants from now on. */
    public void observe(ModelObserver observer) {
        observers.add(observer);
        if (observer.wants().contains(ModelEvent.Kind.LOAD_CHANGED)) {
            allHosts().forEach(Host::enableLoadEvents);
        }
    }

    /** Adds an observer of one instance's lifecycle: admitted or refused, each phase, ready, stopped, failed. */
    public void observe(InstanceId instance, ModelObserver observer) {
        observers.addForInstance(instance, observer);
    }

    /** Adds an observer of one host: its instances' admissions and refusals, its memory and load, its end. */
    public void observe(Host host, ModelObserver observer) {
        observers.addForHost(host.name(), observer);
        if (observer.wants().contains(ModelEvent.Kind.LOAD_CHANGED)) {
            host.enableLoadEvents();
        }
    }

    // ---- instances ----

    /**
     * Launches the workload's instance {@code index} on {@code stack} now, placed by the infrastructure's
     * placement (containers in VMs go into node VMs by slot). The image is the app's container image, used by
     * container stacks.
     */
    public Instance launch(int index, StackSpec stack, AppProfile app, Image image) {
        return launch(index, stack, app, image, simulation.now());
    }

    /**
     * As {@link #launch(int, StackSpec, AppProfile, Image)}, for an instance its launcher asked for at
     * {@code askedAt} and held back until now (a {@link StartGate}): the wait is kept apart from its start-up.
     */
    public Instance launch(int index, StackSpec stack, AppProfile app, Image image, long askedAt) {
        Instance instance = create(idFor(stack, index), index, stack, app, image);
        instance.askedAt(askedAt);
        Placement chosen = stack.accept(StackKinds.IN_NODE_VMS) != null ? nodeSlotting : placement;
        chosen.place(instance.pending());
        return instance;
    }

    /**
     * Asks for an instance without placing it (a pod the scheduler has not bound yet): it waits, REQUESTED, for
     * {@link #startOn} or {@link #place}. It gets the next free number of its role, and the random draws of
     * workload position {@code number − 1}.
     */
    public Instance request(InstanceId.Role role, StackSpec stack, AppProfile app, Image image) {
        if (role == InstanceId.Role.NODE_VM) {
            throw new IllegalArgumentException("node VMs are booted with bootNode, not requested");
        }
        int number = lastNumber.getOrDefault(role, 0) + 1;
        return create(InstanceId.of(role, number), number - 1, stack, app, image);
    }

    /** Hands a requested instance to the infrastructure's placement. */
    public void place(Instance instance) {
        placement.place(instance.pending());
    }

    /**
     * Starts a requested instance on the host chosen for it (a physical host, or a node VM's once it is ready);
     * if that host cannot take it, returns why and the instance stays requested, so it may be tried elsewhere.
     */
    public Optional<Refusal> startOn(Instance instance, Host host) {
        return instance.pending().tryBind(host);
    }

    /** Gives up on a requested instance: it is refused, for this host's reason. */
    public void refuse(Instance instance, Host host, Refusal refusal) {
        instance.pending().refuse(host, refusal);
    }

    /** The instance (workload or node VM) with this id. */
    public Optional<Instance> instance(InstanceId id) {
        if (byId == null) {
            byId = new HashMap<>();
            instances.forEach(i -> byId.put(i.id(), i));
            nodes.values().forEach(n -> byId.put(n.vm().id(), n.vm()));
        }
        return Optional.ofNullable(byId.get(id));
    }

    private Instance create(InstanceId id, int index, StackSpec stack, AppProfile app, Image image) {
        Instance instance = new Instance(id, index, stack, simulation.now());
        lastNumber.merge(id.role(), id.number(), Math::max);
        if (id.role().isWorkload()) {
            instances.add(instance);
        }
        if (byId != null) {
            byId.put(id, instance);
        }
        StartupPlan plan = plans.computeIfAbsent(stack, s -> StartupPlanner.plan(s, app));
        if (app.residentVaries().isPresent() && id.role().isWorkload()) {
            // Instance k draws its app's usage from substream k of one stream, so every stack sees the same apps.
            double bytes = app.residentVaries().get().sample(streams.quantity(APP_MEMORY_STREAM, instance));
            plan = StartupPlanner.forInstance(plan, stack, app, DataSize.ofBytes(Math.max(0, Math.round(bytes))));
        }
        Map<MemoryComponent, Distribution> sizes = StartupPlanner.sizesVarying(stack);
        if (!sizes.isEmpty() && id.role().isWorkload()) {
            // Each size has its own stream, instance k drawing from substream k: every arm gets the same draws.
            Map<MemoryComponent, DataSize> drawn = drawSizes(sizes, instance);
            DataSize guestOs = drawn.get(MemoryComponent.GUEST_KERNEL_AND_OS);
            Optional<DataSize> guestRam = StartupPlanner.guestRam(stack);
            if (guestOs != null && guestRam.isPresent()) {
                guestOsCapping = guestOsCapping.with(guestOs, StartupPlanner.guestOsCapped(plan, stack, guestOs),
                        guestRam.get());
            }
            plan = StartupPlanner.withSizes(plan, stack, drawn);
        }
        Optional<Image> containerImage = stack.accept(StackKinds.WORKLOAD_ROLE) == InstanceId.Role.WORKLOAD_VM
                ? Optional.empty() : Optional.of(registry.realized(image));
        instance.pending(new PlacementRequest(this, instance, plan, containerImage));
        return instance;
    }

    /** One draw of each size for {@code instance}, size by size from substream k of that size's own stream. */
    private Map<MemoryComponent, DataSize> drawSizes(Map<MemoryComponent, Distribution> sizes, Instance instance) {
        Map<MemoryComponent, DataSize> drawn = new EnumMap<>(MemoryComponent.class);
        sizes.forEach((component, d) -> drawn.put(component, DataSize.ofBytes(Math.max(0,
                Math.round(d.sample(streams.quantity(sizeStream(component), instance)))))));
        return drawn;
    }

    /** How many guests so far drew a guest OS larger than their RAM leaves it, and the largest such draw. */
    public GuestOsCapping guestOsCapping() {
        return guestOsCapping;
    }

    /** Stops an instance: shuts it down if running, abandons its start if starting. */
    public void stop(Instance instance) {
        instance.host().ifPresent(h -> h.stop(instance, stopStreams.substream(instance.index()), keepDetail));
    }

    /**
     * Runs a CPU-bound job of {@code coreTime} inside a running instance (a request, a batch task): it shares the
     * host's cores with everything else there and is slowed by the stack's CPU overhead. The completion fails if
     * the instance stops or its host fails first, so wait on it.
     *
     * @throws IllegalStateException if the instance is not running
     */
    public Completion<Void> runJob(Instance instance, Duration coreTime) {
        Host host = instance.host().orElseThrow(() ->
                new IllegalStateException(instance.id() + " is not on any host"));
        return host.runJob(instance, coreTime);
    }

    /**
     * Runs {@code load}'s benchmarks inside a running instance, one after another: each takes the stack's
     * overhead for its resource class and shares the host with everything else there. The completion gives each
     * benchmark's native and measured time, and fails if the instance stops or its host fails first.
     *
     * @throws IllegalStateException if the instance is not running
     */
    public Completion<List<SteadyStateMeasurement>> runSteadyState(Instance instance, SteadyStateLoad load) {
        Host host = instance.host().orElseThrow(() ->
                new IllegalStateException(instance.id() + " is not on any host"));
        if (instance.state() != InstanceState.RUNNING) {
            throw new IllegalStateException(instance.id() + " is " + instance.state() + ", not running: it cannot"
                    + " run a benchmark");
        }
        Completion<List<SteadyStateMeasurement>> all = simulation.completion();
        List<SteadyStateMeasurement> done = new ArrayList<>();
        runNext(host, instance, new ArrayList<>(load.nativeTimes().entrySet()), done, all);
        return all;
    }

    private void runNext(Host host, Instance instance, List<Map.Entry<ResourceClass, Duration>> left,
                         List<SteadyStateMeasurement> done, Completion<List<SteadyStateMeasurement>> all) {
        if (done.size() == left.size()) {
            all.succeed(List.copyOf(done));
            return;
        }
        if (instance.state() != InstanceState.RUNNING) {
            all.fail(new IllegalStateException(instance.id() + " ended during its benchmarks"));
            return;
        }
        Map.Entry<ResourceClass, Duration> next = left.get(done.size());
        long start = simulation.now();
        host.runSteadyState(instance, next.getKey(), next.getValue()).whenDone(job -> {
            if (job.isFailed()) {
                all.fail(job.failure());
                return;
            }
            done.add(new SteadyStateMeasurement(next.getKey(), next.getValue().toNanos(), simulation.now() - start));
            runNext(host, instance, left, done, all);
        });
    }

    /**
     * Fails one instance, whatever it is doing (a crashed container, a guest kernel panic); a node VM takes the
     * containers inside it down with it. Nothing happens to an instance that already ended.
     */
    public void fail(Instance instance, String reason) {
        instance.host().ifPresent(h -> h.failInstance(instance, reason));
    }

    /** Admits the instance on {@code host} and starts it, or returns why the host refuses and changes nothing. */
    Optional<Refusal> startOn(Instance instance, Host host, StartupPlan plan, Optional<Image> image) {
        return host.start(instance, plan, image, streams, keepDetail);
    }

    /** Starts the instance in the node's guest once the node is up; the wait is its NODE_VM phase. */
    void startWhenReady(Instance instance, NodeVm node, StartupPlan plan, Optional<Image> image) {
        long requestedAt = simulation.now();
        PhaseSpec nodePhase = node.stack().node().guestOs().bootPhases().get(0);
        if (observers.wants(ModelEvent.Kind.PHASE_STARTED)) {
            observers.on(new ModelEvent.PhaseStarted(requestedAt, instance.id(), PhaseKind.NODE_VM));
        }
        Runnable startInGuest = () -> {
            long now = simulation.now();
            if (keepDetail || observers.wants(ModelEvent.Kind.PHASE_ENDED)) {
                List<PhaseInterval> intervals = now == requestedAt ? List.of() : List.of(
                        new PhaseInterval.AwaitingNodeVm(requestedAt, now, node.vm().id().toString(), nodePhase.source()));
                PhaseRecord waited = new PhaseRecord(PhaseKind.NODE_VM, requestedAt, now, 0, List.of(),
                        Optional.empty(), nodePhase.source(), intervals);
                instance.waitedBeforeAdmission(waited, keepDetail);
                observers.on(new ModelEvent.PhaseEnded(now, instance.id(), waited));
            }
            Host guest = node.host().orElseThrow();
            startOn(instance, guest, plan, image).ifPresent(r -> guest.refuse(instance, r));
        };
        if (node.host().isPresent()) {
            startInGuest.run();
        } else if (node.isGone()) {
            refuseForNode(instance, node);
        } else {
            node.await(instance, startInGuest, () -> refuseForNode(instance, node));
        }
    }

    // ---- node VMs ----

    /** The node VM in {@code slot}, booted now (placed by the infrastructure's placement) if there is none yet. */
    NodeVm nodeInSlot(int slot, ContainersInVmStack nested) {
        NodeVm node = nodes.get(slot);
        return node != null ? node : bootNode(slot, nested, Optional.empty());
    }

    /**
     * Boots a node VM of {@code stack} now, placed by the infrastructure's placement, numbered after every node
     * so far. Its {@link NodeVm#whenReady} tells when its guest is a host that takes containers (a
     * {@code HostReady} event says so too); if no host admits it, its VM is refused and it never becomes one.
     */
    public NodeVm bootNode(ContainersInVmStack stack) {
        return bootNode(nextSlot(), stack, Optional.empty());
    }

    /** Boots a node VM on the physical host chosen for it; see {@link #bootNode(ContainersInVmStack)}. */
    public NodeVm bootNode(ContainersInVmStack stack, Host physical) {
        return bootNode(nextSlot(), stack, Optional.of(physical));
    }

    private int nextSlot() {
        return nodes.isEmpty() ? 0 : nodes.lastKey() + 1;
    }

    private NodeVm bootNode(int slot, ContainersInVmStack nested, Optional<Host> on) {
        Instance vm = new Instance(InstanceId.of(InstanceId.Role.NODE_VM, slot + 1), slot, nested.node(),
                simulation.now());
        StartupPlan plan = nodePlans.computeIfAbsent(nested, StartupPlanner::planNode);
        Map<MemoryComponent, Distribution> sizes = StartupPlanner.sizesVarying(nested.node());
        if (!sizes.isEmpty()) {
            // Node k draws its VMM and guest OS from substream k of the streams a plain VM k draws from.
            Map<MemoryComponent, DataSize> drawn = drawSizes(sizes, vm);
            DataSize guestOs = drawn.get(MemoryComponent.GUEST_KERNEL_AND_OS);
            if (guestOs != null) {
                guestOsCapping = guestOsCapping.with(guestOs, StartupPlanner.nodeGuestOsCapped(nested, guestOs),
                        nested.node().shape().guestRam());
            }
            plan = StartupPlanner.nodeWithSizes(plan, nested, drawn);
        }
        DataSize room = DataSize.ofBytes(StartupPlanner.nodeCapacity(nested).bytes()
                - plan.delta(MemoryComponent.GUEST_KERNEL_AND_OS));
        NodeVm node = new NodeVm(vm, nested, room);
        nodes.put(slot, node);
        if (byId != null) {
            byId.put(vm.id(), vm);
        }
        vm.whenReady(() -> {
            Host physical = vm.host().orElseThrow();
            Host guest = new Host(simulation, Host.nodeSpec(nested, physical, vm.id().toString(), room), registry,
                    pullerConfig, observers, physical);
            guestsOf.computeIfAbsent(physical, h -> new ArrayList<>()).add(guest);
            if (observers.wants(ModelEvent.Kind.HOST_READY)) {
                observers.on(new ModelEvent.HostReady(simulation.now(), guest.name(), physical.name(), vm.id()));
            }
            node.booted(guest);
        });
        vm.whenEnded(node::ended);
        PlacementRequest request = new PlacementRequest(this, vm, plan, Optional.empty());
        if (on.isPresent()) {
            request.tryBind(on.get()).ifPresent(refusal -> request.refuse(on.get(), refusal));
        } else {
            placement.place(request);
        }
        return node;
    }

    private void refuseForNode(Instance instance, NodeVm node) {
        Instance vm = node.vm();
        Host host = vm.host().orElse(hosts.get(0));
        String why = vm.refusal().map(Refusal::message).orElse(vm.failure().orElse("it stopped"));
        host.refuse(instance, new Refusal(vm.refusal().map(Refusal::reason).orElse(Refusal.Reason.HOST_DOWN),
                "its node VM " + vm.id() + " could not run: " + why));
    }

    private static InstanceId idFor(StackSpec stack, int index) {
        return InstanceId.of(stack.accept(StackKinds.WORKLOAD_ROLE), index + 1);
    }

    // ---- hosts ----

    /** The host with this name, among the physical hosts. */
    public Optional<Host> host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    /** A physical host joins now and takes instances from the next placement on; it comes last in {@link #hosts}. */
    public Host addHost(HostSpec spec) {
        if (host(spec.name()).isPresent()) {
            throw new IllegalArgumentException("there is already a host named " + spec.name());
        }
        Host host = new Host(simulation, spec.drawn(randomStreams), registry, pullerConfig, observers, account);
        host.drawHostSizesFrom(randomStreams, hosts.size());
        hosts.add(host);
        if (observers.wants(ModelEvent.Kind.HOST_ADDED)) {
            observers.on(new ModelEvent.HostAdded(simulation.now(), host.name()));
        }
        return host;
    }

    /**
     * Takes a host out of the run, as draining and deleting a node does: it takes nothing more, and everything on
     * it is stopped (running instances shut down, starting ones are abandoned). It stays in {@link #hosts}.
     */
    public void removeHost(Host host) {
        List<Instance> onIt = host.remove();
        onIt.forEach(this::stop);
    }

    /** Fails a host and everything on it, including containers in node VMs it carries. */
    public void failHost(int hostIndex) {
        Host host = hosts.get(hostIndex);
        for (Host guest : guestsOf.getOrDefault(host, List.of())) {
            guest.fail();
        }
        host.fail();
    }

    /** Fails the host with this name; see {@link #failHost(int)}. */
    public void failHost(String name) {
        for (int i = 0; i < hosts.size(); i++) {
            if (hosts.get(i).name().equals(name)) {
                failHost(i);
                return;
            }
        }
        throw new IllegalArgumentException("no host named " + name);
    }

    private List<Host> allHosts() {
        List<Host> all = new ArrayList<>(hosts);
        guestsOf.values().forEach(all::addAll);
        return all;
    }
}
