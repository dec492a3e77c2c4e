package dev.spinup.orchestration;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.SimTime;
import dev.spinup.model.stack.ContainersInVmStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cluster autoscaler's scale-up: every scan interval, if the scheduler holds unschedulable pods that the nodes
 * already booting will not take, it boots as many node VMs as those pods need (by CPU, memory and pod cap), up to
 * each pool's {@code maxNodes}. It never acts while no pod is unschedulable.
 */
final class ClusterAutoscaler {

    private static final EventKind SCAN = EventKind.of("cluster autoscaler: scan");

    private final Cluster cluster;
    private final ClusterAutoscalerSpec spec;
    private final ScheduledPods pods;
    private final ContainersInVmStack nested;

    ClusterAutoscaler(Cluster cluster, ClusterAutoscalerSpec spec, ScheduledPods pods) {
        this.cluster = cluster;
        this.spec = spec;
        this.pods = pods;
        this.nested = (ContainersInVmStack) cluster.stack();
    }

    void start() {
        cluster.periodic(spec.scanIntervalNanos().value(), SCAN, this::scan, () -> false);
    }

    private void scan() {
        List<Pod> unschedulable = pods.scheduler().unschedulablePods().stream()
                .filter(p -> p.phase() == PodPhase.PENDING).toList();
        if (!unschedulable.isEmpty()) {
            scaleUp(unschedulable);
        }
    }

    private void scaleUp(List<Pod> unschedulable) {
        NodePool pool = pool();
        if (pool == null) {
            return;
        }
        int cores = nested.node().shape().vcpus();
        Node sample = pods.index().size() > 0 ? pods.index().node(0) : null;
        Resources perNode = sample != null ? sample.spec().allocatable() : new Resources(cores * 1000L, 1);
        long estimate = newNodesFor(unschedulable, perNode, NodeSpec.podCap(cores).value());
        long needed = estimate - pods.nodesBooting();
        int room = pool.maxNodes() - pods.nodesIn(pool.name());
        int adding = (int) Math.min(needed, room);
        if (adding <= 0) {
            return;
        }
        cluster.note(ClusterNote.Kind.NODE_REQUESTED, String.format(Locale.ROOT,
                "the cluster autoscaler asked for %d node%s at %.1f s: %d pod%s unschedulable", adding,
                adding == 1 ? "" : "s", SimTime.toSeconds(cluster.simulation().now()), unschedulable.size(),
                unschedulable.size() == 1 ? "" : "s"));
        for (int i = 0; i < adding; i++) {
            pods.bootNode(pool, nested, true);
        }
    }

    /** The first pool of this arm with room to grow. */
    private NodePool pool() {
        for (NodePool pool : cluster.spec().poolsFor(cluster.stackId())) {
            if (pods.nodesIn(pool.name()) < pool.maxNodes()) {
                return pool;
            }
        }
        return null;
    }

    /**
     * How many new nodes the pods need, packed first fit onto empty nodes like the autoscaler's binpacking
     * estimator does (a sum of requests would miss that eight 500 m pods do not fit in 3 880 m); pods that fit no
     * empty node ask for none.
     */
    static long newNodesFor(List<Pod> unschedulable, Resources perNode, int podCap) {
        List<long[]> nodes = new ArrayList<>();
        for (Pod pod : unschedulable) {
            Resources wants = pod.spec().requests();
            if (wants.milliCpu() > perNode.milliCpu() || wants.memoryBytes() > perNode.memoryBytes() || podCap < 1) {
                continue;
            }
            long[] chosen = null;
            for (long[] node : nodes) {
                if (node[0] >= wants.milliCpu() && node[1] >= wants.memoryBytes() && node[2] > 0) {
                    chosen = node;
                    break;
                }
            }
            if (chosen == null) {
                chosen = new long[] {perNode.milliCpu(), perNode.memoryBytes(), podCap};
                nodes.add(chosen);
            }
            chosen[0] -= wants.milliCpu();
            chosen[1] -= wants.memoryBytes();
            chosen[2]--;
        }
        return nodes.size();
    }
}
