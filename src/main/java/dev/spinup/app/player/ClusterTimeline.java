package dev.spinup.app.player;

import dev.spinup.orchestration.ClusterResult;
import dev.spinup.orchestration.NodeFill;
import dev.spinup.orchestration.NodeTimes;
import dev.spinup.orchestration.PodResult;
import dev.spinup.orchestration.Resources;
import dev.spinup.run.HostResult;
import dev.spinup.run.InstanceResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One arm's cluster result indexed for playback: the nodes with the instants they changed state, the pods in
 * creation order with their node and their container's track, and every instant at which something changed, so
 * the state at any time is found without replaying the run. With one VM per replica the "nodes" are the hosts and
 * a pod's place is its VM's host.
 */
public final class ClusterTimeline {

    private final ArmTrack arm;
    private final ClusterResult result;
    private final List<ClusterNode> nodes;
    private final List<PodResult> pods;
    private final int[] podNode;
    private final long[] placedAt;
    private final long[] createdAt;
    private final InstanceTrack[] podTracks;
    private final long[] instants;
    private final int mostPodsOnANode;
    private final int mostPending;

    public ClusterTimeline(ArmTrack arm, ClusterResult result) {
        this.arm = Objects.requireNonNull(arm, "arm");
        this.result = Objects.requireNonNull(result, "result");
        Map<String, InstanceTrack> tracks = new HashMap<>();
        arm.instances().forEach(t -> tracks.put(t.id().toString(), t));
        arm.nodeVms().forEach(t -> tracks.put(t.id().toString(), t));
        this.nodes = perReplica() ? hostsOf(arm) : nodesOf(result, tracks);
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            nodeIndex.put(nodes.get(i).name(), i);
        }
        List<PodResult> sorted = new ArrayList<>(result.pods());
        sorted.sort((a, b) -> Long.compare(a.createdAt(), b.createdAt())); // stable: creation order within an instant
        this.pods = List.copyOf(sorted);
        int n = pods.size();
        podNode = new int[n];
        placedAt = new long[n];
        createdAt = new long[n];
        podTracks = new InstanceTrack[n];
        for (int i = 0; i < n; i++) {
            PodResult pod = pods.get(i);
            createdAt[i] = pod.createdAt();
            podTracks[i] = tracks.get(pod.instance());
            InstanceResult vm = podTracks[i] == null ? null : podTracks[i].result();
            if (perReplica()) {
                // No scheduler: the replica's VM is placed on a host when the host admits it.
                boolean placed = vm != null && vm.admittedAt() >= 0 && !vm.host().isEmpty();
                podNode[i] = placed ? nodeIndex.getOrDefault(vm.host(), -1) : -1;
                placedAt[i] = placed ? vm.admittedAt() : -1;
            } else {
                podNode[i] = nodeIndex.getOrDefault(pod.node(), -1);
                placedAt[i] = podNode[i] < 0 ? -1 : pod.boundAt();
            }
        }
        this.instants = instantsOf();
        this.mostPodsOnANode = mostAtOnce();
        this.mostPending = (int) Math.max(perReplica() ? n : result.pending().max(), 0);
    }

    public ArmTrack arm() {
        return arm;
    }

    public String stackId() {
        return arm.stackId();
    }

    public ClusterResult result() {
        return result;
    }

    /** True for the comparison arm that launches one VM per replica (its nodes are the hosts). */
    public boolean perReplica() {
        return result.nodeKind() == ClusterResult.NodeKind.VM_PER_REPLICA;
    }

    /** What one replica is in this arm, for sentences: "VM" when each replica is a VM of its own, else "pod". */
    public String replicaNoun() {
        return result.nodeKind().replicaNoun();
    }

    public List<ClusterNode> nodes() {
        return nodes;
    }

    /** Pods in creation order. */
    public List<PodResult> pods() {
        return pods;
    }

    public PodResult pod(int index) {
        return pods.get(index);
    }

    /** The node a pod went to (its index), or −1 if it never had one. */
    public int nodeOf(int pod) {
        return podNode[pod];
    }

    /** The instant the pod was placed on its node (bound; with one VM per replica, its VM admitted), or −1. */
    public long placedAt(int pod) {
        return placedAt[pod];
    }

    /** The track of the pod's container (or its own VM), if it started one. */
    public Optional<InstanceTrack> track(int pod) {
        return Optional.ofNullable(podTracks[pod]);
    }

    /** The pod of this name, or −1. */
    public int podNamed(String name) {
        for (int i = 0; i < pods.size(); i++) {
            if (pods.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Every instant at which a pod or a node changed state, ascending and distinct. */
    public long[] instants() {
        return instants.clone();
    }

    /** The most pods one node held at once in the run: every node box is drawn with room for that many. */
    public int mostPodsOnANode() {
        return mostPodsOnANode;
    }

    /** The most pods that waited for a node at once (an upper bound): the scheduler's queue has room for that many. */
    public int mostPending() {
        return mostPending;
    }

    public PodState podState(int i, long t) {
        PodResult pod = pods.get(i);
        if (t < pod.createdAt()) {
            return PodState.NOT_YET;
        }
        if (pod.terminatedAt() >= 0 && t >= pod.terminatedAt()) {
            return PodState.GONE;
        }
        long placed = placedAt[i];
        if (placed < 0 || t < placed) {
            return PodState.PENDING;
        }
        NodeTimes node = nodes.get(podNode[i]).times();
        if (node.failedAt() >= 0 && t >= node.failedAt()) {
            return PodState.LOST;
        }
        if (pod.deletedAt() >= 0 && t >= pod.deletedAt()) {
            return PodState.TERMINATING;
        }
        if (pod.readyAt() >= 0 && t >= pod.readyAt()) {
            return PodState.READY;
        }
        if (pod.runningAt() >= 0 && t >= pod.runningAt()) {
            return PodState.RUNNING;
        }
        InstanceTrack track = podTracks[i];
        if (track != null && track.result().readyAt() >= 0 && t >= track.result().readyAt()) {
            return PodState.STARTED;
        }
        if (track != null && t >= track.result().requestedAt()) {
            return PodState.STARTING;
        }
        // The kubelet asks for the image when the pod is bound; its pull time counts from then.
        return pod.pullNanos() > 0 && t < placed + pod.pullNanos() ? PodState.PULLING : PodState.SANDBOX;
    }

    /** Every node and pod at {@code t}. */
    public ClusterFrame at(long t) {
        List<List<PodMoment>> onNode = new ArrayList<>(nodes.size());
        long[] cpu = new long[nodes.size()];
        long[] memory = new long[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            onNode.add(new ArrayList<>());
        }
        List<PodMoment> pending = new ArrayList<>();
        int ready = 0;
        int starting = 0;
        int lost = 0;
        int created = createdUpTo(t);
        for (int i = 0; i < created; i++) {
            PodState state = podState(i, t);
            if (state == PodState.GONE) {
                continue;
            }
            PodMoment moment = momentOf(i, state, t);
            if (state == PodState.PENDING) {
                pending.add(moment);
                continue;
            }
            int node = podNode[i];
            onNode.get(node).add(moment);
            Resources requests = pods.get(i).requests();
            cpu[node] += requests.milliCpu();
            memory[node] += requests.memoryBytes();
            ready += state == PodState.READY ? 1 : 0;
            starting += state.starting() || state == PodState.RUNNING ? 1 : 0;
            lost += state == PodState.LOST ? 1 : 0;
        }
        List<NodeMoment> moments = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            List<PodMoment> list = onNode.get(i);
            // in the order they were placed, so a box fills up as it did
            list.sort((a, b) -> Long.compare(placedAt[a.pod()], placedAt[b.pod()]));
            moments.add(new NodeMoment(i, nodes.get(i).stateAt(t), list, new Resources(cpu[i], memory[i])));
        }
        int unschedulable = perReplica() ? 0 : (int) result.unschedulable().valueAt(t);
        return new ClusterFrame(stackId(), t, moments, pending, ready, starting, lost, unschedulable);
    }

    private PodMoment momentOf(int pod, PodState state, long t) {
        InstanceTrack track = podTracks[pod];
        if (state != PodState.STARTING || track == null) {
            return new PodMoment(pod, state, Optional.empty(), false);
        }
        InstanceMoment container = track.at(t);
        return new PodMoment(pod, state, container.phase(), container.kind() == TileKind.QUEUED);
    }

    /** How many pods were created by {@code t} (they are sorted by creation). */
    private int createdUpTo(long t) {
        int i = Arrays.binarySearch(createdAt, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i < createdAt.length && createdAt[i] == t) {
            i++;
        }
        return i;
    }

    private long[] instantsOf() {
        long[] all = new long[pods.size() * 7 + nodes.size() * 4 + 1];
        int n = 0;
        all[n++] = 0;
        for (int i = 0; i < pods.size(); i++) {
            PodResult pod = pods.get(i);
            long[] times = {pod.createdAt(), placedAt[i], pod.runningAt(), pod.readyAt(), pod.terminatedAt(),
                    pod.deletedAt(),
                    placedAt[i] >= 0 && pod.pullNanos() > 0 ? placedAt[i] + pod.pullNanos() : -1};
            for (long time : times) {
                if (time >= 0) {
                    all[n++] = time;
                }
            }
        }
        for (ClusterNode node : nodes) {
            NodeTimes times = node.times();
            for (long time : new long[] {times.requestedAt(), times.readyAt(), times.failedAt(), times.notReadyAt()}) {
                if (time >= 0) {
                    all[n++] = time;
                }
            }
        }
        Arrays.sort(all, 0, n);
        return Arrays.stream(all, 0, n).distinct().toArray();
    }

    /** A sweep over each node's placements and departures. */
    private int mostAtOnce() {
        Map<Integer, List<long[]>> changes = new HashMap<>();
        for (int i = 0; i < pods.size(); i++) {
            if (podNode[i] < 0) {
                continue;
            }
            List<long[]> list = changes.computeIfAbsent(podNode[i], k -> new ArrayList<>());
            list.add(new long[] {placedAt[i], 1});
            long gone = pods.get(i).terminatedAt();
            if (gone >= 0) {
                list.add(new long[] {gone, -1});
            }
        }
        int most = 0;
        for (List<long[]> list : changes.values()) {
            // departures first at one instant: a pod replaced in place never needs two places
            list.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            int count = 0;
            for (long[] change : list) {
                count += (int) change[1];
                most = Math.max(most, count);
            }
        }
        return most;
    }

    private static List<ClusterNode> nodesOf(ClusterResult result, Map<String, InstanceTrack> tracks) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (NodeFill fill : result.nodes()) {
            nodes.add(new ClusterNode(fill.name(), fill.pool(), fill.allocatable(), fill.maxPods(), fill.autoscaled(),
                    fill.times(), Optional.ofNullable(tracks.get(fill.name()))));
        }
        return List.copyOf(nodes);
    }

    private static List<ClusterNode> hostsOf(ArmTrack arm) {
        List<ClusterNode> hosts = new ArrayList<>();
        for (HostResult host : arm.hosts()) {
            Resources room = new Resources(host.spec().cores() * 1000L, host.spec().memoryForInstances().bytes());
            hosts.add(new ClusterNode(host.name(), "hosts", room, 0, false, new NodeTimes(0, 0, -1, -1),
                    Optional.empty()));
        }
        return List.copyOf(hosts);
    }
}
