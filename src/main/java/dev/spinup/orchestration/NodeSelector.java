package dev.spinup.orchestration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * kube-scheduler's filter-then-score step for one pod, over the capacity index's classes of alike nodes. It visits
 * only classes with enough CPU free, in the order the strategy favours (spread: most free CPU, then most free
 * memory, first; bin-packing: the least free CPU that fits first), members of a class in id order; applies every
 * {@link Filter} once per class; counts a passing class's members as feasible until it has the number
 * {@link NodesToScore} asks for; and picks the best score, ties to the lower node id. That is what filtering and
 * scoring the same nodes one by one in that order gives, at the cost of one filter and score per class.
 */
public final class NodeSelector {

    private final ScoringStrategy strategy;
    private final NodesToScore nodesToScore;

    public NodeSelector(ScoringStrategy strategy, NodesToScore nodesToScore) {
        this.strategy = strategy;
        this.nodesToScore = nodesToScore;
    }

    public Selection select(PodSpec pod, CapacityIndex index) {
        int clusterSize = index.size();
        int wanted = nodesToScore.feasibleToFind(clusterSize);
        long cpu = pod.requests().milliCpu();
        Iterable<NodeClass> candidates = strategy == ScoringStrategy.MOST_ALLOCATED
                ? index.fittingCpuAscending(cpu) : index.emptiestFirst();
        Node best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int feasible = 0;
        for (NodeClass nodeClass : candidates) {
            if (nodeClass.freeMilliCpu() < cpu) {
                break;
            }
            Node first = index.node(nodeClass.lowestId());
            if (Filter.firstRejecting(pod, first) != null) {
                continue;
            }
            feasible += Math.min(nodeClass.size(), wanted - feasible);
            double score = strategy.score(pod, first);
            if (score > bestScore || (score == bestScore && first.id() < best.id())) {
                best = first;
                bestScore = score;
            }
            if (feasible >= wanted) {
                break;
            }
        }
        if (best == null) {
            return new Selection(Optional.empty(), clusterSize, 0, reasons(pod, index), clusterSize);
        }
        // kube-scheduler filters nodes in turn until it has found `wanted` feasible ones: all of them when it found
        // fewer; the index spares Spinup that scan, but the simulated cycle still pays for it.
        int filtered = feasible < wanted ? clusterSize : Math.min(clusterSize, wanted);
        return new Selection(Optional.of(best), filtered, feasible, Map.of(), clusterSize);
    }

    /** Every node's reasons, one filter pass per class: what kube-scheduler's FitError counts. */
    private static Map<String, Integer> reasons(PodSpec pod, CapacityIndex index) {
        Map<String, Integer> reasons = new HashMap<>();
        if (index.notReadyCount() > 0) {
            reasons.put(Filter.NOT_READY, index.notReadyCount());
        }
        for (NodeClass nodeClass : index.emptiestFirst()) {
            count(pod, index, nodeClass, reasons);
        }
        for (NodeClass nodeClass : index.fullClasses()) {
            count(pod, index, nodeClass, reasons);
        }
        return reasons;
    }

    private static void count(PodSpec pod, CapacityIndex index, NodeClass nodeClass, Map<String, Integer> reasons) {
        for (String reason : Filter.rejections(pod, index.node(nodeClass.lowestId()))) {
            reasons.merge(reason, nodeClass.size(), Integer::sum);
        }
    }
}
