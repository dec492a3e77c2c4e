package dev.spinup.orchestration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The scheduler's per-node free-capacity index: the nodes that could take another pod (Ready and below their
 * pod cap), ordered by free CPU, so that finding a node with room costs O(log n + nodes visited) instead of a scan
 * of every node. Nodes that are NotReady or full are kept aside and come back when they change.
 *
 * <p>A node's key is its free CPU, so every change to a node goes through {@link #change}: the node leaves the
 * ordered set, changes, and is filed again.
 */
public final class CapacityIndex {

    private static final Comparator<Node> BY_FREE_CPU =
            Comparator.comparingLong(Node::freeMilliCpu).thenComparingInt(Node::id);

    private final List<Node> nodes = new ArrayList<>();
    private final TreeSet<Node> withRoom = new TreeSet<>(BY_FREE_CPU);
    private int notReady;
    private int full;

    /** Adds a node (at the end of the cluster's node order). */
    public void add(Node node) {
        if (node.id() != nodes.size()) {
            throw new IllegalArgumentException("node ids are dense and in order: expected " + nodes.size()
                    + ", was " + node.id());
        }
        nodes.add(node);
        file(node);
    }

    /** Every node, in id order. */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    public int size() {
        return nodes.size();
    }

    public int readyCount() {
        return nodes.size() - notReady;
    }

    /** Places {@code pod} on {@code node} in the books (the scheduler's "assume"), before the binding lands. */
    public void assume(Pod pod, Node node) {
        change(node, () -> node.add(pod));
        pod.assume(node);
    }

    /** Takes a pod off its node's books (deleted, evicted or a failed binding). */
    public void forget(Pod pod) {
        pod.node().ifPresent(node -> change(node, () -> node.remove(pod)));
    }

    public void setReady(Node node, boolean ready) {
        change(node, () -> node.setReady(ready));
    }

    /** Nodes with room and at least {@code milliCpu} free, from the fullest that fits to the emptiest. */
    NavigableSet<Node> fittingCpuAscending(long milliCpu) {
        return withRoom.tailSet(probe(milliCpu), true);
    }

    /** Nodes with room, from the emptiest; callers stop once free CPU drops below what they need. */
    NavigableSet<Node> emptiestFirst() {
        return withRoom.descendingSet();
    }

    /** Nodes the index keeps aside: NotReady ones. */
    int notReadyCount() {
        return notReady;
    }

    /** Ready nodes at their pod cap. */
    int fullCount() {
        return full;
    }

    private void change(Node node, Runnable mutation) {
        unfile(node);
        mutation.run();
        file(node);
    }

    private void file(Node node) {
        if (!node.isReady()) {
            notReady++;
        } else if (node.podCount() >= node.spec().maxPods()) {
            full++;
        } else {
            withRoom.add(node);
        }
    }

    private void unfile(Node node) {
        if (!node.isReady()) {
            notReady--;
        } else if (node.podCount() >= node.spec().maxPods()) {
            full--;
        } else {
            withRoom.remove(node);
        }
    }

    /** A stand-in node that sorts before every real node with {@code milliCpu} free. */
    private static Node probe(long milliCpu) {
        return new Node(-1, new NodeSpec("probe", 1, new Resources(milliCpu, 0), Map.of(),
                List.of()), true);
    }
}
