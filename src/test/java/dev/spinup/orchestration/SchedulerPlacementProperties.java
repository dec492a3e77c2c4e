package dev.spinup.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Placements over random clusters respect every filter, and the index finds what a full scan would. */
class SchedulerPlacementProperties {

    private static final String[] ZONES = {"a", "b", "c"};

    @Property(tries = 200)
    void everyPlacementPassesEveryFilterAndMatchesAFullScan(@ForAll long seed,
                                                             @ForAll @IntRange(min = 1, max = 40) int nodeCount,
                                                             @ForAll @IntRange(min = 1, max = 300) int podCount,
                                                             @ForAll boolean binPacking) {
        Random random = new Random(seed);
        CapacityIndex index = new CapacityIndex();
        for (int i = 0; i < nodeCount; i++) {
            int cores = 1 + random.nextInt(16);
            List<Taint> taints = random.nextInt(4) == 0
                    ? List.of(new Taint("dedicated", "gpu", TaintEffect.NO_SCHEDULE)) : List.of();
            NodeSpec spec = new NodeSpec("n" + i, cores, new Resources(cores * 1000L, (1L + random.nextInt(64)) << 30),
                    Map.of("zone", ZONES[random.nextInt(3)]), taints);
            index.add(new Node(i, spec, random.nextInt(6) != 0));
        }
        ScoringStrategy strategy = binPacking ? ScoringStrategy.MOST_ALLOCATED : ScoringStrategy.LEAST_ALLOCATED;
        NodeSelector selector = new NodeSelector(strategy, NodesToScore.ALL);
        for (int p = 0; p < podCount; p++) {
            PodSpec pod = randomPod(random);
            Node expected = bestByFullScan(pod, index, strategy);
            Selection selection = selector.select(pod, index);
            assertEquals(Optional.ofNullable(expected), selection.node(), "pod " + p + ": " + selection.message());
            if (selection.isScheduled()) {
                Node node = selection.node().get();
                assertNull(Filter.firstRejecting(pod, node), "a filter rejects the chosen node");
                index.assume(new Pod(p, "p" + p, "test", pod, 0), node);
                assertTrue(node.requested().milliCpu() <= node.spec().allocatable().milliCpu());
                assertTrue(node.requested().memoryBytes() <= node.spec().allocatable().memoryBytes());
                assertTrue(node.podCount() <= Math.min(110, 10 * node.spec().cores()));
            } else {
                int rejected = selection.rejections().values().stream().mapToInt(Integer::intValue).sum();
                assertEquals(nodeCount, rejected, "every node is accounted for: " + selection.message());
            }
        }
    }

    private static PodSpec randomPod(Random random) {
        Resources requests = new Resources(50L * (1 + random.nextInt(40)), (64L << 20) * (1 + random.nextInt(32)));
        Map<String, String> selector = random.nextInt(3) == 0 ? Map.of("zone", ZONES[random.nextInt(3)]) : Map.of();
        List<Toleration> tolerations = random.nextInt(3) == 0
                ? List.of(Toleration.equal("dedicated", "gpu", TaintEffect.NO_SCHEDULE)) : List.of();
        return new PodSpec(requests, selector, tolerations, 0, "web", DataSize.ofMiB(100));
    }

    /** The definition, written out: every node through every filter, highest score, ties to the lower id. */
    private static Node bestByFullScan(PodSpec pod, CapacityIndex index, ScoringStrategy strategy) {
        Node best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Node> feasible = new ArrayList<>();
        for (Node node : index.nodes()) {
            boolean passes = node.isReady()
                    && node.spec().allocatable().admits(node.requested(), pod.requests())
                    && node.podCount() < Math.min(110, 10 * node.spec().cores())
                    && node.spec().taints().stream().allMatch(pod::tolerates)
                    && pod.nodeSelector().entrySet().stream()
                            .allMatch(e -> e.getValue().equals(node.spec().labels().get(e.getKey())));
            if (passes) {
                feasible.add(node);
            }
        }
        for (Node node : feasible) {
            double score = strategy.score(pod, node);
            if (score > bestScore) {
                best = node;
                bestScore = score;
            }
        }
        return best;
    }
}
