package dev.spinup.lesson;

import dev.spinup.orchestration.ClusterNote;
import dev.spinup.orchestration.ClusterResult;
import dev.spinup.orchestration.ClusterSpec;
import dev.spinup.orchestration.CountSeries;
import dev.spinup.orchestration.NodeFill;
import dev.spinup.orchestration.PodResult;
import dev.spinup.scenario.text.FigureKind;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The cluster figures of one arm (pod start-up by the SLO, scale-out time, pending, nodes added, recovery). */
final class ClusterFigures {

    private ClusterFigures() {
    }

    static double value(ClusterResult cluster, FigureKind kind, ClusterSpec spec) {
        return switch (kind) {
            case POD_STARTUP -> nanos(ClusterResult.quantile(cluster.startupLatencies(), 0.5));
            case POD_STARTUP_P99 -> nanos(ClusterResult.quantile(cluster.startupLatencies(), 0.99));
            case POD_PULL_MAX -> nanos(ClusterResult.quantile(cluster.pullTimes(), 1.0));
            case SCALE_OUT -> scaleOut(cluster, spec);
            case MAX_PENDING -> cluster.pending().max();
            case MAX_UNSCHEDULABLE -> cluster.unschedulable().max();
            case NODES_ADDED -> cluster.nodes().stream().filter(NodeFill::autoscaled).count();
            case NODES_USED -> cluster.nodes().stream().filter(n -> n.pods() > 0).count();
            case PODS_EVICTED -> evicted(cluster);
            case RECOVERY -> recovery(cluster);
            default -> throw new IllegalArgumentException(kind + " is not a cluster figure");
        };
    }

    private static double nanos(long value) {
        return value < 0 ? Double.NaN : value;
    }

    private static double scaleOut(ClusterResult cluster, ClusterSpec spec) {
        long nanos = cluster.scaleOutNanos(spec);
        return nanos < 0 ? Double.NaN : nanos;
    }

    private static long evicted(ClusterResult cluster) {
        // A set of names, not a scan of the nodes per pod: 150 000 pods on 5 000 nodes would be 7.5·10^8 checks.
        Set<String> failed = new HashSet<>();
        cluster.nodes().stream().filter(NodeFill::failed).forEach(n -> failed.add(n.name()));
        long count = 0;
        for (PodResult pod : cluster.pods()) {
            if (failed.contains(pod.node()) && pod.terminatedAt() >= 0) {
                count++;
            }
        }
        return count;
    }

    private static double recovery(ClusterResult cluster) {
        Optional<ClusterNote> failure = cluster.notes().stream()
                .filter(n -> n.kind() == ClusterNote.Kind.NODE_FAILED).findFirst();
        if (failure.isEmpty()) {
            return Double.NaN;
        }
        long failedAt = failure.get().timeNanos();
        long before = cluster.ready().valueAt(failedAt);
        CountSeries ready = cluster.ready();
        boolean dropped = false;
        for (int i = 0; i < ready.size(); i++) {
            if (ready.time(i) <= failedAt) {
                continue;
            }
            dropped |= ready.value(i) < before;
            if (dropped && ready.value(i) >= before) {
                return ready.time(i) - failedAt;
            }
        }
        return Double.NaN;
    }
}
