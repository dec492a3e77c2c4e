package dev.spinup.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.spinup.model.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spread and bin-packing on small clusters whose right answers are worked out by hand. */
class NodeSelectorTest {

    private static final long GIB = 1L << 30;
    private static final PodSpec ONE_CORE = PodSpec.of(new Resources(1000, GIB), "web", DataSize.ofMiB(100));

    private static CapacityIndex cluster(int... cores) {
        CapacityIndex index = new CapacityIndex();
        for (int i = 0; i < cores.length; i++) {
            index.add(new Node(i, NodeSpec.plain("n" + i, cores[i], cores[i] * 4 * GIB), true));
        }
        return index;
    }

    private static List<String> place(CapacityIndex index, ScoringStrategy strategy, int pods) {
        NodeSelector selector = new NodeSelector(strategy, NodesToScore.ALL);
        List<String> placed = new ArrayList<>();
        for (int p = 0; p < pods; p++) {
            Selection selection = selector.select(ONE_CORE, index);
            Node node = selection.node().orElseThrow();
            index.assume(new Pod(p, "p" + p, "test", ONE_CORE, 0), node);
            placed.add(node.name());
        }
        return placed;
    }

    @Test
    void spreadGoesToTheLeastAllocatedNodeEachTime() {
        // Nodes of 4, 2 and 2 cores; a node's score is the share left free after placing the pod.
        // p0: n0 75 % vs 50 % → n0. p1: n0 50 % ties n1 50 % → lower id n0. p2: n0 25 % vs n1 50 % → n1.
        // p3: n0 25 %, n1 0 %, n2 50 % → n2.
        assertEquals(List.of("n0", "n0", "n1", "n2"), place(cluster(4, 2, 2), ScoringStrategy.LEAST_ALLOCATED, 4));
    }

    @Test
    void binPackingFillsTheMostAllocatedNodeFirst() {
        // A node's score is the share used after placing the pod. p0: n0 25 %, n1 and n2 50 % → n1 (lower id).
        // p1: n1 100 % → n1. p2: n2 50 % beats n0 25 % → n2. p3: n2 100 % → n2. p4: only n0 has room → n0.
        assertEquals(List.of("n1", "n1", "n2", "n2", "n0"),
                place(cluster(4, 2, 2), ScoringStrategy.MOST_ALLOCATED, 5));
    }

    @Test
    void podCapIsTenPerCoreUpTo110() {
        assertEquals(10, NodeSpec.podCap(1).value());
        assertEquals(110, NodeSpec.podCap(16).value());
        CapacityIndex index = new CapacityIndex();
        index.add(new Node(0, NodeSpec.plain("tiny", 1, 64 * GIB), true));
        PodSpec small = PodSpec.of(new Resources(10, 1 << 20), "web", DataSize.ofMiB(1));
        NodeSelector selector = new NodeSelector(ScoringStrategy.LEAST_ALLOCATED, NodesToScore.ALL);
        for (int p = 0; p < 10; p++) {
            index.assume(new Pod(p, "p" + p, "test", small, 0), selector.select(small, index).node().orElseThrow());
        }
        Selection eleventh = selector.select(small, index);
        assertFalse(eleventh.isScheduled());
        assertEquals("0/1 nodes are available: 1 Too many pods.", eleventh.message());
    }

    @Test
    void failureNamesEveryFilterThatRejected() {
        CapacityIndex index = new CapacityIndex();
        index.add(new Node(0, NodeSpec.plain("down", 8, 32 * GIB), false));
        index.add(new Node(1, NodeSpec.plain("small", 1, 32 * GIB), true));
        index.add(new Node(2, new NodeSpec("gpu", 8, new Resources(8000, 32 * GIB), Map.of(),
                List.of(new Taint("dedicated", "gpu", TaintEffect.NO_SCHEDULE))), true));
        PodSpec twoCores = PodSpec.of(new Resources(2000, GIB), "web", DataSize.ofMiB(1));
        Selection selection = new NodeSelector(ScoringStrategy.LEAST_ALLOCATED, NodesToScore.ALL)
                .select(twoCores, index);
        // kube-scheduler sorts its "count reason" entries as strings.
        assertEquals("0/3 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint,"
                + " 1 node(s) were not ready.", selection.message());
    }

    @Test
    void failureCountsEachResourceThatFallsShortAsKubeSchedulerWordsIt() {
        // Three nodes short of CPU (one of them of memory too), one short of memory only: a node lacking both
        // counts under both reasons, as kube-scheduler's NodeResourcesFit reports every insufficient resource.
        CapacityIndex index = new CapacityIndex();
        index.add(new Node(0, NodeSpec.plain("a", 1, 32 * GIB), true));
        index.add(new Node(1, NodeSpec.plain("b", 1, 32 * GIB), true));
        index.add(new Node(2, NodeSpec.plain("c", 1, GIB), true));
        index.add(new Node(3, NodeSpec.plain("d", 8, GIB), true));
        index.add(new Node(4, NodeSpec.plain("e", 8, GIB), true));
        PodSpec pod = PodSpec.of(new Resources(2000, 2 * GIB), "web", DataSize.ofMiB(1));
        Selection selection = new NodeSelector(ScoringStrategy.LEAST_ALLOCATED, NodesToScore.ALL)
                .select(pod, index);
        assertEquals("0/5 nodes are available: 3 Insufficient cpu, 3 Insufficient memory.", selection.message());
        index.add(new Node(5, NodeSpec.plain("f", 8, 32 * GIB), false));
        assertEquals("0/6 nodes are available: 1 node(s) were not ready, 3 Insufficient cpu,"
                + " 3 Insufficient memory.", new NodeSelector(ScoringStrategy.LEAST_ALLOCATED, NodesToScore.ALL)
                .select(pod, index).message());
    }

    @Test
    void adaptiveSamplingFollowsKubeSchedulersFormula() {
        NodesToScore adaptive = NodesToScore.adaptive().value();
        assertEquals(50, adaptive.feasibleToFind(50));
        assertEquals(500, adaptive.feasibleToFind(5000));   // 50 − 5000/125 = 10 %
        assertEquals(1500, adaptive.feasibleToFind(30000)); // floor of 5 %
        assertEquals(100, adaptive.feasibleToFind(150));    // never fewer than 100
    }
}
