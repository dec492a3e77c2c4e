package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.Registry;
import dev.spinup.model.image.RegistrySpec;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated world of one arm of a comparison: its hosts, the registry they pull from, and every instance
 * launched. Placement without an orchestrator lives here; an orchestrator will place instances itself.
 */
public final class Infrastructure {

    private final Simulation simulation;
    private final Registry registry;
    private final PullerConfig pullerConfig;
    private final Placement placement;
    private final ModelObserver observer;
    private final boolean keepDetail;
    private final RandomStream stackStreams;
    private final RandomStream appStreams;
    private final RandomStream stopStreams;
    private final List<Host> hosts = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();
    private final Map<Host, List<Host>> guestsOf = new IdentityHashMap<>();
    private final Map<StackSpec, StartupPlan> plans = new IdentityHashMap<>();
    private final Map<Integer, NodeVm> nodes = new HashMap<>();
    private final java.util.Set<String> nodeIds = new java.util.HashSet<>();
    private final Map<ContainersInVmStack, StartupPlan> nodePlans = new IdentityHashMap<>();
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
    };

    /**
     * @param keepDetail keep every instance's phase records (off only for benchmarks of a million instances)
     */
    public Infrastructure(Simulation simulation, RandomStreams streams, List<HostSpec> hostSpecs,
                          RegistrySpec registrySpec, PullerConfig pullerConfig, Placement placement,
                          ModelObserver observer, boolean keepDetail) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.registry = new Registry(simulation, registrySpec);
        if (observer.wantsLoadChanges()) {
            double capacity = registry.egress().capacityPerNano();
            registry.egress().setLoadListener((time, jobs, served) -> observer.on(
                    new ModelEvent.RegistryLoadChanged(time, registry.name(), jobs, served / capacity)));
        }
        this.pullerConfig = Objects.requireNonNull(pullerConfig, "pullerConfig");
        this.placement = Objects.requireNonNull(placement, "placement");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.keepDetail = keepDetail;
        this.stackStreams = streams.stream("instances/stack");
        this.appStreams = streams.stream("instances/app");
        this.stopStreams = streams.stream("instances/stop");
        if (hostSpecs.isEmpty()) {
            throw new IllegalArgumentException("an infrastructure needs at least one host");
        }
        for (HostSpec spec : hostSpecs) {
            hosts.add(new Host(simulation, spec, registry, pullerConfig, observer));
        }
    }

    public Simulation simulation() {
        return simulation;
    }

    public List<Host> hosts() {
        return Collections.unmodifiableList(hosts);
    }

    /** The workload's instances in launch order (node VMs of a containers-in-VMs stack are not among them). */
    public List<Instance> instances() {
        return Collections.unmodifiableList(instances);
    }

    /** The node VMs started for containers-in-VMs stacks, in slot order. */
    public List<Instance> nodeVms() {
        List<Integer> slots = new ArrayList<>(nodes.keySet());
        Collections.sort(slots);
        List<Instance> vms = new ArrayList<>();
        for (int slot : slots) {
            vms.add(nodes.get(slot).vm());
        }
        return vms;
    }

    public Registry registry() {
        return registry;
    }

    /**
     * Launches the workload's instance {@code index} on {@code stack} now, placed by the infrastructure's
     * placement (containers in VMs go into node VMs by slot). The image is the app's container image, used by
     * container stacks.
     */
    public Instance launch(int index, StackSpec stack, AppProfile app, Image image) {
        Instance instance = new Instance(idFor(stack, index), index, stack, simulation.now());
        instances.add(instance);
        StartupPlan plan = plans.computeIfAbsent(stack, s -> StartupPlanner.plan(s, app));
        Optional<Image> containerImage = stack instanceof VmStack ? Optional.empty() : Optional.of(image);
        Placement chosen = stack instanceof ContainersInVmStack ? nodeSlotting : placement;
        chosen.place(new PlacementRequest(this, instance, plan, containerImage));
        return instance;
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

    /** Fails a host and everything on it, including containers in node VMs it carries. */
    /**
     * Fails one instance, whatever it is doing (a crashed container, a guest kernel panic); a node VM takes the
     * containers inside it down with it. Nothing happens to an instance that already ended.
     */
    public void fail(Instance instance, String reason) {
        instance.host().ifPresent(h -> h.failInstance(instance, reason));
    }

    public void failHost(int hostIndex) {
        Host host = hosts.get(hostIndex);
        for (Host guest : guestsOf.getOrDefault(host, List.of())) {
            guest.fail();
        }
        host.fail();
    }

    /** Admits the instance on {@code host} and starts it, or returns why the host refuses and changes nothing. */
    Optional<Refusal> startOn(Instance instance, Host host, StartupPlan plan, Optional<Image> image) {
        return host.start(instance, plan, image, streams, keepDetail);
    }

    /** Starts the instance in the node's guest once the node is up; the wait is its NODE_VM phase. */
    void startWhenReady(Instance instance, NodeVm node, StartupPlan plan, Optional<Image> image) {
        long requestedAt = simulation.now();
        PhaseSpec nodePhase = node.stack().node().guestOs().bootPhases().get(0);
        observer.on(new ModelEvent.PhaseStarted(requestedAt, instance.id(), PhaseKind.NODE_VM));
        Runnable startInGuest = () -> {
            long now = simulation.now();
            List<PhaseInterval> intervals = now == requestedAt ? List.of()
                    : List.of(new PhaseInterval.AwaitingNodeVm(requestedAt, now, node.vm().id(), nodePhase.source()));
            PhaseRecord waited = new PhaseRecord(PhaseKind.NODE_VM, requestedAt, now, 0, List.of(),
                    Optional.empty(), nodePhase.source(), intervals);
            instance.waitedBeforeAdmission(waited, keepDetail);
            observer.on(new ModelEvent.PhaseEnded(now, instance.id(), waited));
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

    /** The node VM in {@code slot}, booted now (placed by the infrastructure's placement) if there is none yet. */
    NodeVm nodeInSlot(int slot, ContainersInVmStack nested) {
        NodeVm node = nodes.get(slot);
        return node != null ? node : bootNode(slot, nested);
    }

    private NodeVm bootNode(int slot, ContainersInVmStack nested) {
        Instance vm = new Instance("node-" + (slot + 1), slot, nested.node(), simulation.now());
        nodeIds.add(vm.id());
        NodeVm node = new NodeVm(vm, nested);
        nodes.put(slot, node);
        vm.whenReady(() -> {
            Host physical = vm.host().orElseThrow();
            Host guest = new Host(simulation, Host.nodeSpec(nested, physical, vm.id()), registry, pullerConfig,
                    observer, physical);
            guestsOf.computeIfAbsent(physical, h -> new ArrayList<>()).add(guest);
            node.booted(guest);
        });
        vm.whenEnded(node::ended);
        placement.place(new PlacementRequest(this, vm, nodePlans.computeIfAbsent(nested, StartupPlanner::planNode),
                Optional.empty()));
        return node;
    }

    private void refuseForNode(Instance instance, NodeVm node) {
        Instance vm = node.vm();
        Host host = vm.host().orElse(hosts.get(0));
        String why = vm.refusal().map(Refusal::message).orElse(vm.failure().orElse("it stopped"));
        host.refuse(instance, new Refusal(vm.refusal().map(Refusal::reason).orElse(Refusal.Reason.HOST_DOWN),
                "its node VM " + vm.id() + " could not run: " + why));
    }

    private static String idFor(StackSpec stack, int index) {
        return (stack instanceof VmStack ? "vm-" : "c-") + (index + 1);
    }

    /** The host with this name, among the physical hosts. */
    public Optional<Host> host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
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

    /** True for the node VMs a containers-in-VMs stack starts for itself, which are not workload instances. */
    public boolean isNodeVm(String instanceId) {
        return nodeIds.contains(instanceId);
    }
}
