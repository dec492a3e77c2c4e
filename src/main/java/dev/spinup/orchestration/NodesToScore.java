package dev.spinup.orchestration;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;

/**
 * kube-scheduler's percentageOfNodesToScore: it stops filtering once it has found this many feasible nodes, and
 * scores only those. Zero means adaptive: 50 % − nodes/125, at least 5 %; never fewer than 100 nodes.
 */
public record NodesToScore(int percentage) {

    private static final int MIN_FEASIBLE_NODES = 100;
    private static final int MIN_ADAPTIVE_PERCENTAGE = 5;

    public NodesToScore {
        if (percentage < 0 || percentage > 100) {
            throw new IllegalArgumentException("percentage of nodes to score must be 0 (adaptive) to 100, was "
                    + percentage);
        }
    }

    public static final NodesToScore ALL = new NodesToScore(100);

    public static Cited<NodesToScore> adaptive() {
        return Cited.of(new NodesToScore(0), Source.ESTIMATE_KUBE_SCHEDULER_DEFAULTS);
    }

    /** How many feasible nodes to look for in a cluster of {@code nodes}. */
    public int feasibleToFind(int nodes) {
        if (nodes < MIN_FEASIBLE_NODES || percentage >= 100) {
            return nodes;
        }
        int effective = percentage;
        if (effective == 0) {
            effective = Math.max(MIN_ADAPTIVE_PERCENTAGE, 50 - nodes / 125);
        }
        return Math.max(MIN_FEASIBLE_NODES, (int) ((long) nodes * effective / 100));
    }
}
