package dev.spinup.orchestration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one scheduling cycle's filtering and scoring: the chosen node (if any), how many nodes
 * kube-scheduler would have filtered and scored (what its cycle time grows with), and on failure how many nodes
 * gave each reason (a node short of both CPU and memory counts under both, as in kube-scheduler).
 */
public record Selection(Optional<Node> node, int nodesFiltered, int nodesScored, Map<String, Integer> reasons,
                        int clusterSize) {

    public Selection {
        reasons = Map.copyOf(reasons);
    }

    public boolean isScheduled() {
        return node.isPresent();
    }

    /**
     * kube-scheduler's FailedScheduling message, e.g. "0/5 nodes are available: 2 Insufficient memory, 3
     * Insufficient cpu.": the "count reason" entries sorted as strings, as kube-scheduler's FitError sorts them.
     */
    public String message() {
        if (node.isPresent()) {
            return "scheduled on " + node.get().name();
        }
        List<String> entries = new ArrayList<>(reasons.size());
        reasons.forEach((reason, count) -> entries.add(count + " " + reason));
        Collections.sort(entries);
        StringBuilder text = new StringBuilder().append("0/").append(clusterSize).append(" nodes are available");
        if (!entries.isEmpty()) {
            text.append(": ").append(String.join(", ", entries));
        }
        return text.append('.').toString();
    }
}
