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
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<Host, List<Host>> guestsOf = new IdentityHashMap<>();
    private final Map<StackSpec, StartupPlan> plans = new IdentityHashMap<>();
    private final java.util.Set<String> nodeIds = new java.util.HashSet<>();
    private final Map<ContainersInVmStack, StartupPlan> nodePlans = new IdentityHashMap<>();
    /**
     * Per plan, the first host first fit still tries: hosts before it refused that plan. An instance ending on an
     * earlier host frees room there, so it moves every cursor back to that host.
     */
    private final Map<StartupPlan, int[]> firstFitCursors = new IdentityHashMap<>();

    /** A node VM of a containers-in-VMs stack and the containers waiting for it to boot. */
    private static final class Node {
        final Instance vm;
        Host guest;
        final Map<Instance, Runnable> waiting = new java.util.LinkedHashMap<>();

        Node(Instance vm) {
            this.vm = vm;
        }
    }

    /**
     * @param keepDetail keep every instance's phase records (off only for benchmarks of a million instances)
     */
    public Infrastructure(Simulation simulation, RandomStreams streams, List<HostSpec> hostSpecs,
                          RegistrySpec registrySpec, PullerConfig pullerConfig, Placement placement,
                          ModelObserver observer, boolean keepDetail) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.registry = new Registry(simulation, registrySpec);
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
            vms.add(nodes.get(slot).vm);
        }
        return vms;
    }

    public Registry registry() {
        return registry;
    }

    /**
     * Launches the workload's instance {@code index} on {@code stack} now. The image is the app's container
     * image, used by container stacks.
     */
    public Instance launch(int index, StackSpec stack, AppProfile app, Image image) {
        Instance instance = new Instance(idFor(stack, index), index, stack, simulation.now());
        instances.add(instance);
        if (stack instanceof ContainersInVmStack nested) {
            launchInNode(instance, nested, app, image);
        } else {
            StartupPlan plan = plans.computeIfAbsent(stack, s -> StartupPlanner.plan(s, app));
            place(instance, plan, stack instanceof VmStack ? Optional.empty() : Optional.of(image), index);
        }
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

    private void place(Instance instance, StartupPlan plan, Optional<Image> image, int slot) {
        RandomStream stack = stackStreams.substream(instance.index());
        RandomStream app = appStreams.substream(instance.index());
        if (placement == Placement.ROUND_ROBIN) {
            Host host = hosts.get(slot % hosts.size());
            host.start(instance, plan, image, stack, app, keepDetail).ifPresent(r -> host.refuse(instance, r));
            return;
        }
        Refusal last = null;
        int[] cursor = firstFitCursors.computeIfAbsent(plan, p -> new int[1]);
        for (int i = cursor[0]; i < hosts.size(); i++) {
            Optional<Refusal> refusal = hosts.get(i).start(instance, plan, image, stack, app, keepDetail);
            if (refusal.isEmpty()) {
                int hostIndex = i;
                instance.whenEnded(() -> roomFreedOn(hostIndex));
                return;
            }
            last = refusal.get();
            if (i == cursor[0] && i < hosts.size() - 1) {
                cursor[0]++;
            }
        }
        hosts.get(hosts.size() - 1).refuse(instance, last);
    }

    private void roomFreedOn(int hostIndex) {
        for (int[] cursor : firstFitCursors.values()) {
            cursor[0] = Math.min(cursor[0], hostIndex);
        }
    }

    private void launchInNode(Instance instance, ContainersInVmStack nested, AppProfile app, Image image) {
        int slot = instance.index() / nested.containersPerNode();
        Node node = nodes.computeIfAbsent(slot, k -> startNode(k, nested));
        long requestedAt = simulation.now();
        PhaseSpec nodePhase = nested.node().guestOs().bootPhases().get(0);
        observer.on(new ModelEvent.PhaseStarted(requestedAt, instance.id(), PhaseKind.NODE_VM));
        Runnable startInGuest = () -> {
            long now = simulation.now();
            List<PhaseInterval> intervals = now == requestedAt ? List.of()
                    : List.of(new PhaseInterval.AwaitingNodeVm(requestedAt, now, node.vm.id(), nodePhase.source()));
            PhaseRecord waited = new PhaseRecord(PhaseKind.NODE_VM, requestedAt, now, 0, List.of(),
                    Optional.empty(), nodePhase.source(), intervals);
            instance.waitedBeforeAdmission(waited, keepDetail);
            observer.on(new ModelEvent.PhaseEnded(now, instance.id(), waited));
            StartupPlan plan = plans.computeIfAbsent(nested, s -> StartupPlanner.plan(s, app));
            RandomStream stack = stackStreams.substream(instance.index());
            RandomStream appStream = appStreams.substream(instance.index());
            node.guest.start(instance, plan, Optional.of(image), stack, appStream, keepDetail)
                    .ifPresent(r -> node.guest.refuse(instance, r));
        };
        if (node.guest != null) {
            startInGuest.run();
        } else if (node.vm.state() == InstanceState.REFUSED || node.vm.state() == InstanceState.FAILED
                || node.vm.state() == InstanceState.STOPPED) {
            refuseForNode(instance, node);
        } else {
            node.waiting.put(instance, startInGuest);
        }
    }

    private Node startNode(int slot, ContainersInVmStack nested) {
        Instance vm = new Instance("node-" + (slot + 1), slot, nested.node(), simulation.now());
        nodeIds.add(vm.id());
        Node node = new Node(vm);
        vm.whenReady(() -> {
            Host physical = vm.host().orElseThrow();
            node.guest = new Host(simulation, Host.nodeSpec(nested, physical, vm.id()), registry, pullerConfig,
                    observer, physical);
            guestsOf.computeIfAbsent(physical, h -> new ArrayList<>()).add(node.guest);
            List<Runnable> ready = new ArrayList<>(node.waiting.values());
            node.waiting.clear();
            ready.forEach(Runnable::run);
        });
        vm.whenEnded(() -> {
            if (node.guest != null) {
                node.guest.fail();
            }
            List<Instance> stranded = new ArrayList<>(node.waiting.keySet());
            node.waiting.clear();
            stranded.forEach(waiting -> refuseForNode(waiting, node));
        });
        place(vm, nodePlans.computeIfAbsent(nested, StartupPlanner::planNode), Optional.empty(), slot);
        return node;
    }

    private void refuseForNode(Instance instance, Node node) {
        Host host = node.vm.host().orElse(hosts.get(0));
        String why = node.vm.refusal().map(Refusal::message).orElse(node.vm.failure().orElse("it stopped"));
        host.refuse(instance, new Refusal(node.vm.refusal().map(Refusal::reason).orElse(Refusal.Reason.HOST_DOWN),
                "its node VM " + node.vm.id() + " could not run: " + why));
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
