package dev.spinup.orchestration;

/**
 * NodeResourcesFit's scoring strategies: spread pods over the least allocated nodes (kube-scheduler's default) or
 * pack them onto the most allocated ones (bin-packing). Scores are 0–100, the mean over CPU and memory of the
 * share of allocatable that would be free (least) or used (most) after placing the pod.
 */
public enum ScoringStrategy {
    LEAST_ALLOCATED {
        @Override
        double score(PodSpec pod, Node node) {
            return 100 - usedPercentAfter(pod, node);
        }
    },
    MOST_ALLOCATED {
        @Override
        double score(PodSpec pod, Node node) {
            return usedPercentAfter(pod, node);
        }
    };

    abstract double score(PodSpec pod, Node node);

    private static double usedPercentAfter(PodSpec pod, Node node) {
        Resources allocatable = node.spec().allocatable();
        Resources after = node.requested().plus(pod.requests());
        double cpu = share(after.milliCpu(), allocatable.milliCpu());
        double memory = share(after.memoryBytes(), allocatable.memoryBytes());
        return 100 * (cpu + memory) / 2;
    }

    private static double share(long used, long capacity) {
        return capacity == 0 ? 1 : Math.min(1, (double) used / capacity);
    }
}
