package dev.spinup.orchestration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one arm's cluster did, for charts, summaries and narration: every pod's life, every node's fill at the
 * end, the control plane's series over time (pods ready, pending, unschedulable, the scheduler's queue and the
 * pods it bound, API requests served, Ready nodes), and the notes of what the controllers did.
 *
 * @param nodeKind what the nodes were on this arm
 */
public record ClusterResult(NodeKind nodeKind, List<PodResult> pods, List<NodeFill> nodes, CountSeries ready,
                            CountSeries pending, CountSeries unschedulable, CountSeries schedulerQueue,
                            CountSeries bound, CountSeries apiRequests, CountSeries readyNodes,
                            List<ClusterNote> notes, long schedulerCycles) {

    /** What an arm's nodes are. */
    public enum NodeKind {
        /** Every hardware host is a node (on-premises bare metal). */
        BARE_METAL,
        /** Nodes are VMs booted on the hosts (a cloud cluster, or a laptop's one-node cluster in a VM). */
        NODE_VMS,
        /** No cluster: each replica is launched as its own VM (the comparison arm). */
        VM_PER_REPLICA;

        /** What one replica is on such nodes, for sentences: "VM" when each replica is a VM of its own, else "pod". */
        public String replicaNoun() {
            return this == VM_PER_REPLICA ? "VM" : "pod";
        }
    }

    public ClusterResult {
        pods = List.copyOf(pods);
        nodes = List.copyOf(nodes);
        notes = List.copyOf(notes);
    }

    /** Start-up latencies (SLO definition) of every pod that ran, sorted, in nanoseconds. */
    public long[] startupLatencies() {
        return sorted(pods.stream().filter(p -> p.runningAt() >= 0).mapToLong(PodResult::startupNanos).toArray());
    }

    /** Image pull times of every pod that ran, sorted, in nanoseconds (reported apart from start-up latency). */
    public long[] pullTimes() {
        return sorted(pods.stream().filter(p -> p.runningAt() >= 0).mapToLong(PodResult::pullNanos).toArray());
    }

    /** The {@code q}-quantile (0–1, nearest rank) of sorted values; −1 when there are none. */
    public static long quantile(long[] sortedValues, double q) {
        if (sortedValues.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(q * sortedValues.length);
        return sortedValues[Math.max(0, Math.min(sortedValues.length - 1, rank - 1))];
    }

    /** When {@code count} pods were first ready at once, or −1 if never. */
    public long timeToReady(long count) {
        return ready.firstReaching(count);
    }

    /**
     * From the last scale event of {@code spec} (or zero) until the replicas its deployments then want were all
     * ready, in nanoseconds; −1 if they never were.
     */
    public long scaleOutNanos(ClusterSpec spec) {
        Map<String, Integer> replicas = new LinkedHashMap<>();
        spec.deployments().forEach(d -> replicas.put(d.name(), d.replicas()));
        long since = 0;
        for (ClusterEvent event : spec.events()) {
            if (event instanceof ClusterEvent.Scale scale) {
                replicas.put(scale.deployment(), scale.to());
                since = scale.atNanos();
            }
        }
        long wanted = replicas.values().stream().mapToLong(Integer::longValue).sum();
        for (int i = 0; i < ready.size(); i++) {
            if (ready.time(i) >= since && ready.value(i) >= wanted) {
                return ready.time(i) - since;
            }
        }
        return ready.valueAt(since) >= wanted ? 0 : -1;
    }

    private static long[] sorted(long[] values) {
        Arrays.sort(values);
        return values;
    }

    /** Gathers the parts while a run goes on. */
    static final class Builder {
        final List<NodeFill> nodes = new ArrayList<>();
        NodeKind kind = NodeKind.BARE_METAL;
    }
}
