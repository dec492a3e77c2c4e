package dev.spinup.orchestration;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * kube-scheduler's filter-then-score step for one pod, over the capacity index: visits only nodes with enough CPU
 * free, in the order the strategy favours, applies every {@link Filter}, stops after the number of feasible nodes
 * {@link NodesToScore} asks for, and picks the best score (ties to the lower node id).
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
        Iterable<Node> candidates = strategy == ScoringStrategy.MOST_ALLOCATED
                ? index.fittingCpuAscending(cpu) : index.emptiestFirst();
        Map<Filter, Integer> rejections = new EnumMap<>(Filter.class);
        Node best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int feasible = 0;
        int visited = 0;
        for (Node node : candidates) {
            if (node.freeMilliCpu() < cpu) {
                break;
            }
            visited++;
            Filter rejecting = Filter.firstRejecting(pod, node);
            if (rejecting != null) {
                rejections.merge(rejecting, 1, Integer::sum);
                continue;
            }
            feasible++;
            double score = strategy.score(pod, node);
            if (score > bestScore || (score == bestScore && node.id() < best.id())) {
                best = node;
                bestScore = score;
            }
            if (feasible >= wanted) {
                break;
            }
        }
        if (best == null) {
            int insufficientCpu = clusterSize - visited - index.notReadyCount() - index.fullCount();
            addIfAny(rejections, Filter.RESOURCES_FIT, insufficientCpu);
            addIfAny(rejections, Filter.NODE_READY, index.notReadyCount());
            addIfAny(rejections, Filter.POD_CAP, index.fullCount());
            return new Selection(Optional.empty(), clusterSize, 0, rejections, clusterSize);
        }
        // kube-scheduler filters nodes in turn until it has found `wanted` feasible ones: all of them when it found
        // fewer; the index spares Spinup that scan, but the simulated cycle still pays for it.
        int filtered = feasible < wanted ? clusterSize : Math.min(clusterSize, wanted);
        return new Selection(Optional.of(best), filtered, feasible, Map.of(), clusterSize);
    }

    private static void addIfAny(Map<Filter, Integer> rejections, Filter filter, int count) {
        if (count > 0) {
            rejections.merge(filter, count, Integer::sum);
        }
    }
}
