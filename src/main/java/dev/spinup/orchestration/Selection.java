package dev.spinup.orchestration;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one scheduling cycle's filtering and scoring: the chosen node (if any), how many nodes
 * kube-scheduler would have filtered and scored (what its cycle time grows with), and on failure how many nodes
 * each filter rejected.
 */
public record Selection(Optional<Node> node, int nodesFiltered, int nodesScored, Map<Filter, Integer> rejections,
                        int clusterSize) {

    public Selection {
        rejections = Map.copyOf(rejections);
    }

    public boolean isScheduled() {
        return node.isPresent();
    }

    /** kube-scheduler's FailedScheduling message, e.g. "0/3 nodes are available: 3 Insufficient cpu or memory." */
    public String message() {
        if (node.isPresent()) {
            return "scheduled on " + node.get().name();
        }
        StringBuilder text = new StringBuilder().append("0/").append(clusterSize).append(" nodes are available");
        String separator = ": ";
        for (Map.Entry<Filter, Integer> entry : new EnumMap<>(rejections).entrySet()) {
            text.append(separator).append(entry.getValue()).append(' ').append(entry.getKey().reason());
            separator = ", ";
        }
        return text.append('.').toString();
    }
}
