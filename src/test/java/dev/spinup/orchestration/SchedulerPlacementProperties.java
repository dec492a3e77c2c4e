package dev.spinup.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Placements over random clusters respect every filter, and the index of alike-node classes finds exactly what a
 * plain scan of every node, one by one, in the selector's documented order finds: the same node, the same number
 * of nodes filtered, the same failure message. Clusters are small (1–40 nodes) or large enough for sampling
 * (100–220 nodes), made of varied nodes or of a few templates (so classes hold many nodes).
 */
class SchedulerPlacementProperties {

    private static final String[] ZONES = {"a", "b", "c"};

    @Property(tries = 200)
    void everyPlacementPassesEveryFilterAndMatchesAPlainScan(@ForAll long seed,
                                                             @ForAll @IntRange(min = 1, max = 40) int smallCount,
                                                             @ForAll boolean large,
                                                             @ForAll boolean fromTemplates,
                                                             @ForAll @IntRange(min = 1, max = 300) int podCount,
                                                             @ForAll boolean binPacking,
                                                             @ForAll @IntRange(min = -1, max = 60) int percentage) {
        Random random = new Random(seed);
        int nodeCount = large ? 100 + random.nextInt(121) : smallCount;
        CapacityIndex index = new CapacityIndex();
        for (int i = 0; i < nodeCount; i++) {
            index.add(new Node(i, fromTemplates ? templateNode(i, random) : variedNode(i, random),
                    random.nextInt(6) != 0));
        }
        ScoringStrategy strategy = binPacking ? ScoringStrategy.MOST_ALLOCATED : ScoringStrategy.LEAST_ALLOCATED;
        NodesToScore sampling = percentage < 0 ? NodesToScore.ALL : new NodesToScore(percentage);
        NodeSelector selector = new NodeSelector(strategy, sampling);
        List<Node> nodes = index.nodes();
        List<Integer> shapes = shapeNumbers(nodes);
        int wanted = sampling.feasibleToFind(nodeCount);
        for (int p = 0; p < podCount; p++) {
            PodSpec pod = randomPod(random);
            Expected expected = plainScan(pod, nodes, shapes, strategy, wanted);
            Selection selection = selector.select(pod, index);
            assertEquals(expected.node, selection.node(), "pod " + p + ": " + selection.message());
            assertEquals(expected.message, selection.message(), "pod " + p);
            assertEquals(expected.filtered, selection.nodesFiltered(), "pod " + p + ": nodes filtered");
            if (selection.isScheduled()) {
                Node node = selection.node().get();
                assertNull(Filter.firstRejecting(pod, node), "a filter rejects the chosen node");
                index.assume(new Pod(p, "p" + p, "test", pod, 0), node);
                assertTrue(node.requested().milliCpu() <= node.spec().allocatable().milliCpu());
                assertTrue(node.requested().memoryBytes() <= node.spec().allocatable().memoryBytes());
                assertTrue(node.podCount() <= Math.min(110, 10 * node.spec().cores()));
            }
            if (random.nextInt(10) == 0) {
                Node flipped = nodes.get(random.nextInt(nodeCount));
                index.setReady(flipped, !flipped.isReady());
            }
        }
    }

    private static NodeSpec variedNode(int i, Random random) {
        int cores = 1 + random.nextInt(16);
        List<Taint> taints = random.nextInt(4) == 0
                ? List.of(new Taint("dedicated", "gpu", TaintEffect.NO_SCHEDULE)) : List.of();
        return new NodeSpec("n" + i, cores, new Resources(cores * 1000L, (1L + random.nextInt(64)) << 30),
                Map.of("zone", ZONES[random.nextInt(3)]), taints);
    }

    private static NodeSpec templateNode(int i, Random random) {
        int template = random.nextInt(3);
        int cores = template == 0 ? 4 : 8;
        List<Taint> taints = template == 2
                ? List.of(new Taint("dedicated", "gpu", TaintEffect.NO_SCHEDULE)) : List.of();
        return new NodeSpec("n" + i, cores, new Resources(cores * 1000L, (long) cores << 31),
                Map.of("zone", ZONES[template]), taints);
    }

    private static PodSpec randomPod(Random random) {
        Resources requests = new Resources(50L * (1 + random.nextInt(40)), (64L << 20) * (1 + random.nextInt(32)));
        Map<String, String> selector = random.nextInt(3) == 0 ? Map.of("zone", ZONES[random.nextInt(3)]) : Map.of();
        List<Toleration> tolerations = random.nextInt(3) == 0
                ? List.of(Toleration.equal("dedicated", "gpu", TaintEffect.NO_SCHEDULE)) : List.of();
        return new PodSpec(requests, selector, tolerations, 0, "web", DataSize.ofMiB(100));
    }

    private record Expected(Optional<Node> node, String message, int filtered) { }

    /** A node's shape number: nodes alike in allocatable, pod cap, labels and taints share it, in order of first appearance. */
    private static List<Integer> shapeNumbers(List<Node> nodes) {
        Map<List<Object>, Integer> seen = new HashMap<>();
        List<Integer> numbers = new ArrayList<>();
        for (Node node : nodes) {
            NodeSpec spec = node.spec();
            numbers.add(seen.computeIfAbsent(List.of(spec.allocatable(), spec.maxPods(), spec.labels(), spec.taints()),
                    k -> seen.size()));
        }
        return numbers;
    }

    /**
     * The definition, written out node by node: visit Ready nodes below their pod cap in the strategy's order
     * (spread: free CPU, free memory, shape, pod count, all descending; bin-packing: ascending; ids ascending within
     * a tie), count those passing every filter until {@code wanted}, keep the best score (ties to the lower id); on
     * failure, every node's reasons from its first rejecting filter, counted and sorted as kube-scheduler does.
     */
    private static Expected plainScan(PodSpec pod, List<Node> nodes, List<Integer> shapes, ScoringStrategy strategy,
                                      int wanted) {
        Comparator<Node> key = Comparator.comparingLong(Node::freeMilliCpu)
                .thenComparingLong(n -> n.spec().allocatable().memoryBytes() - n.requested().memoryBytes())
                .thenComparingInt(n -> shapes.get(n.id()))
                .thenComparingInt(Node::podCount);
        Comparator<Node> order = (strategy == ScoringStrategy.MOST_ALLOCATED ? key : key.reversed())
                .thenComparingInt(Node::id);
        List<Node> visiting = new ArrayList<>();
        for (Node node : nodes) {
            if (node.isReady() && node.podCount() < node.spec().maxPods()) {
                visiting.add(node);
            }
        }
        visiting.sort(order);
        Node best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int feasible = 0;
        for (Node node : visiting) {
            if (reasons(pod, node).isEmpty()) {
                feasible++;
                double score = strategy.score(pod, node);
                if (score > bestScore || (score == bestScore && node.id() < best.id())) {
                    best = node;
                    bestScore = score;
                }
                if (feasible == wanted) {
                    break;
                }
            }
        }
        if (best != null) {
            int filtered = feasible < wanted ? nodes.size() : Math.min(nodes.size(), wanted);
            return new Expected(Optional.of(best), "scheduled on " + best.name(), filtered);
        }
        Map<String, Integer> histogram = new HashMap<>();
        for (Node node : nodes) {
            for (String reason : reasons(pod, node)) {
                histogram.merge(reason, 1, Integer::sum);
            }
        }
        List<String> entries = new ArrayList<>();
        histogram.forEach((reason, count) -> entries.add(count + " " + reason));
        Collections.sort(entries);
        String message = "0/" + nodes.size() + " nodes are available"
                + (entries.isEmpty() ? "" : ": " + String.join(", ", entries)) + ".";
        return new Expected(Optional.empty(), message, nodes.size());
    }

    /** kube-scheduler's default filter order; the first rejecting plugin gives its reasons. */
    private static List<String> reasons(PodSpec pod, Node node) {
        if (!node.isReady()) {
            return List.of("node(s) were not ready");
        }
        if (!node.spec().taints().stream()
                .allMatch(t -> t.effect() == TaintEffect.PREFER_NO_SCHEDULE || pod.tolerates(t))) {
            return List.of("node(s) had untolerated taint");
        }
        if (!pod.nodeSelector().entrySet().stream()
                .allMatch(e -> e.getValue().equals(node.spec().labels().get(e.getKey())))) {
            return List.of("node(s) didn't match Pod's node affinity/selector");
        }
        List<String> fit = new ArrayList<>();
        if (node.podCount() >= Math.min(110, 10 * node.spec().cores())) {
            fit.add("Too many pods");
        }
        Resources free = node.spec().allocatable().minus(node.requested());
        if (pod.requests().milliCpu() > free.milliCpu()) {
            fit.add("Insufficient cpu");
        }
        if (pod.requests().memoryBytes() > free.memoryBytes()) {
            fit.add("Insufficient memory");
        }
        return fit;
    }
}
