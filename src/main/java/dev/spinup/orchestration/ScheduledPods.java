package dev.spinup.orchestration;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.model.DataSize;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.NodeVm;
import dev.spinup.model.runtime.StartupPlanner;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pods scheduled onto nodes and started by each node's kubelet: the nodes (bare-metal hosts, or node VMs that
 * boot before they are Ready), the scheduler over their capacity index, and the node lifecycle controller that
 * marks a silent node NotReady and evicts its pods.
 */
final class ScheduledPods implements PodRuntime {

    private static final EventKind NOT_READY = EventKind.of("node lifecycle: grace period over");
    private static final EventKind EVICT = EventKind.of("node lifecycle: eviction");

    private final Cluster cluster;
    private final List<NodePool> pools;
    private final CapacityIndex index = new CapacityIndex();
    private final List<Kubelet> kubelets = new ArrayList<>();
    private final List<String> poolOf = new ArrayList<>();
    private final List<Boolean> autoscaled = new ArrayList<>();
    private final List<NodeVm> nodeVms = new ArrayList<>();
    private final List<NodeTimes.Keeper> times = new ArrayList<>();
    private Scheduler scheduler;
    private ApiServer.Client kubeletRegistration;
    private int readyNodes;

    ScheduledPods(Cluster cluster, List<NodePool> pools) {
        this.cluster = cluster;
        this.pools = pools;
    }

    @Override
    public void start() {
        ControlPlane plane = cluster.spec().controlPlaneFor(cluster.stackId());
        scheduler = new Scheduler(cluster.simulation(), index, plane.scheduler(),
                cluster.api().client("kube-scheduler", plane.schedulerClient()), cluster.metrics(), this::bound);
        // Every cluster change already retries unschedulable pods; the periodic flush would only keep a run whose
        // pods can never fit (all nodes failed or too small) retrying for ever, its series growing until OOM.
        scheduler.disablePeriodicRetry();
        scheduler.reportFailuresTo((pod, message) -> cluster.note(ClusterNote.Kind.UNSCHEDULABLE,
                "pod " + pod.name() + " pending: " + message));
        kubeletRegistration = cluster.api().client("kubelet registration", plane.kubeletClient());
        if (cluster.stack() instanceof ContainersInVmStack nested) {
            List<NodePool> wanted = pools.isEmpty()
                    ? List.of(new NodePool("default", cluster.infrastructure().hosts().size(),
                            cluster.infrastructure().hosts().size(), Map.of(), List.of(), List.of()))
                    : pools;
            for (NodePool pool : wanted) {
                for (int i = 0; i < pool.nodes(); i++) {
                    bootNode(pool, nested, false);
                }
            }
        } else {
            List<Host> hosts = cluster.infrastructure().hosts();
            int next = 0;
            List<NodePool> wanted = pools.isEmpty()
                    ? List.of(new NodePool("default", hosts.size(), hosts.size(), Map.of(), List.of(),
                            List.of()))
                    : pools;
            for (NodePool pool : wanted) {
                for (int i = 0; i < pool.nodes() && next < hosts.size(); i++) {
                    Host host = hosts.get(next++);
                    int cores = host.spec().cores();
                    DataSize capacity = host.spec().memory();
                    DataSize held = capacity.minus(host.spec().memoryForInstances()).plus(engineReserve(cores));
                    Node node = addNode(pool, host.name(), cores, allocatable(cores, capacity, held), false);
                    kubelets.get(node.id()).attach(host);
                    index.setReady(node, true);
                    times.get(node.id()).ready(cluster.simulation().now());
                    readyNodesChanged(1);
                }
            }
        }
    }

    /** Boots one more node VM in {@code pool} (the cluster autoscaler's scale-up); it is Ready once booted. */
    Node bootNode(NodePool pool, ContainersInVmStack nested, boolean byAutoscaler) {
        int cores = nested.node().shape().vcpus();
        DataSize capacity = nested.node().shape().guestRam();
        // the node's own guest OS may be its own draw: what it holds follows from the room it leaves its pods
        NodeVm vm = cluster.infrastructure().bootNode(nested);
        DataSize held = capacity.minus(vm.containerRoom()).plus(shims(nested.inner().runtime(), cores));
        Node node = addNode(pool, vm.vm().id().toString(), cores, allocatable(cores, capacity, held), byAutoscaler);
        nodeVms.add(vm);
        Kubelet kubelet = kubelets.get(node.id());
        vm.whenReady(host -> {
            kubelet.attach(host);
            kubeletRegistration.request().whenDone(done -> {
                if (!kubelet.isAlive()) {
                    return;
                }
                index.setReady(node, true);
                times.get(node.id()).ready(cluster.simulation().now());
                readyNodesChanged(1);
                cluster.note(ClusterNote.Kind.NODE_READY, "node " + node.name() + " is Ready");
                scheduler.clusterChanged();
            });
        });
        return node;
    }

    private Resources allocatable(int cores, DataSize capacity, DataSize held) {
        return cluster.spec().kubelet().reservation().allocatable(cores, capacity, held);
    }

    private Node addNode(NodePool pool, String name, int cores, Resources allocatable, boolean byAutoscaler) {
        NodeSpec spec = new NodeSpec(name, cores, allocatable, pool.labels(), pool.taints());
        Node node = new Node(index.size(), spec, false);
        index.add(node);
        kubelets.add(new Kubelet(cluster, this, node, cluster.api().client("kubelet " + name,
                cluster.spec().controlPlaneFor(cluster.stackId()).kubeletClient())));
        poolOf.add(pool.name());
        autoscaled.add(byAutoscaler);
        times.add(new NodeTimes.Keeper(cluster.simulation().now()));
        return node;
    }

    /** What a bare-metal node keeps back from pods: the engine's daemons and a shim per pod it may hold. */
    private DataSize engineReserve(int cores) {
        ContainerRuntimeProfile runtime = ((ContainerStack) cluster.stack()).runtime();
        return runtime.daemon().value().plus(shims(runtime, cores));
    }

    private static DataSize shims(ContainerRuntimeProfile runtime, int cores) {
        return DataSize.ofBytes(runtime.shim().value().bytes() * NodeSpec.podCap(cores).value());
    }

    private void readyNodesChanged(int delta) {
        readyNodes += delta;
        cluster.metrics().readyNodes().set(cluster.simulation().now(), readyNodes);
    }

    Scheduler scheduler() {
        return scheduler;
    }

    CapacityIndex index() {
        return index;
    }

    long schedulerCycles() {
        return scheduler.cycles();
    }

    /** Nodes asked for (booting) and not yet Ready, and not failed. */
    int nodesBooting() {
        int booting = 0;
        for (Kubelet kubelet : kubelets) {
            if (kubelet.isAlive() && !kubelet.node().isReady()) {
                booting++;
            }
        }
        return booting;
    }

    int nodesIn(String pool) {
        int count = 0;
        for (String name : poolOf) {
            if (name.equals(pool)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void created(Pod pod) {
        scheduler.enqueue(pod);
    }

    private void bound(Pod pod) {
        cluster.bound(pod);
        kubelets.get(pod.node().orElseThrow().id()).run(pod);
    }

    @Override
    public void delete(Pod pod) {
        Optional<Node> node = pod.node();
        if (pod.phase() == PodPhase.PENDING) {
            // Not bound yet: the scheduler skips it, and any assumption is dropped.
            index.forget(pod);
            cluster.terminated(pod);
            scheduler.clusterChanged();
            return;
        }
        kubelets.get(node.orElseThrow().id()).kill(pod);
    }

    /** The kubelet has stopped the pod's containers (or never started them): its node's room is free again. */
    void stopped(Pod pod) {
        index.forget(pod);
        cluster.terminated(pod);
        scheduler.clusterChanged();
    }

    @Override
    public void failNode(int nodeIndex) {
        if (nodeIndex >= kubelets.size()) {
            return;
        }
        Kubelet kubelet = kubelets.get(nodeIndex);
        if (!kubelet.isAlive()) {
            return;
        }
        Node node = kubelet.node();
        cluster.note(ClusterNote.Kind.NODE_FAILED, "node " + node.name() + " failed with " + node.podCount()
                + " pods");
        kubelet.fail();
        times.get(nodeIndex).failed(cluster.simulation().now());
        if (cluster.stack() instanceof ContainersInVmStack) {
            cluster.infrastructure().fail(nodeVms.get(nodeIndex).vm(), "node failed");
        } else {
            cluster.infrastructure().failHost(node.name());
        }
        NodeLifecycle timers = cluster.spec().nodeLifecycle();
        cluster.simulation().schedule(timers.gracePeriodNanos().value(), Priority.NORMAL, NOT_READY, () -> {
            if (node.isReady()) {
                index.setReady(node, false);
                readyNodesChanged(-1);
            }
            times.get(node.id()).notReady(cluster.simulation().now());
            cluster.note(ClusterNote.Kind.NODE_NOT_READY, "node " + node.name() + " is NotReady: no status for "
                    + timers.gracePeriodNanos().value() / 1_000_000_000 + " s");
            for (Pod pod : node.pods()) {
                cluster.unready(pod);
            }
            cluster.simulation().schedule(timers.evictionNanos().value(), Priority.NORMAL, EVICT, () -> {
                List<Pod> evicted = new ArrayList<>(node.pods());
                cluster.note(ClusterNote.Kind.PODS_EVICTED, evicted.size() + " pods evicted from " + node.name());
                for (Pod pod : evicted) {
                    stopped(pod);
                }
            });
        });
    }

    @Override
    public void finish(ClusterResult.Builder result) {
        result.kind = cluster.stack() instanceof ContainersInVmStack ? ClusterResult.NodeKind.NODE_VMS
                : ClusterResult.NodeKind.BARE_METAL;
        for (Kubelet kubelet : kubelets) {
            Node node = kubelet.node();
            Resources allocatable = node.spec().allocatable();
            result.nodes.add(new NodeFill(node.name(), poolOf.get(node.id()), node.podCount(),
                    node.spec().maxPods(), fraction(node.requested().milliCpu(), allocatable.milliCpu()),
                    fraction(node.requested().memoryBytes(), allocatable.memoryBytes()), node.isReady(),
                    !kubelet.isAlive(), autoscaled.get(node.id()), allocatable, times.get(node.id()).times()));
        }
    }

    private static double fraction(long used, long of) {
        return of <= 0 ? 0 : (double) used / of;
    }
}
