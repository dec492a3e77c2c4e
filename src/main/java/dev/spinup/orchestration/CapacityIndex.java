package dev.spinup.orchestration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scheduler's per-node free-capacity index. Ready nodes are filed in {@link NodeClass}es (nodes alike in shape,
 * requests and pod count); the classes with room for another pod are ordered by free CPU, then free memory, so
 * finding a node costs O(log classes + classes visited) however many identical nodes a class holds: 5 000 alike
 * nodes filling evenly are two or three entries, not 5 000. NotReady nodes are only counted; full ones are filed
 * aside for the failure message.
 *
 * <p>A node's class depends on what is bound to it, so every change to a node goes through the index
 * ({@link #assume}, {@link #forget}, {@link #setReady}): the node leaves its class, changes, and is filed again.
 */
public final class CapacityIndex {

    private record Shape(Resources allocatable, int maxPods, Map<String, String> labels, List<Taint> taints) { }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Integer> shapeOf = new ArrayList<>();
    private final List<NodeClass> classOf = new ArrayList<>();
    private final Map<Shape, Integer> shapes = new HashMap<>();
    private final Map<NodeClass.Key, NodeClass> classes = new HashMap<>();
    private final TreeSet<NodeClass> withRoom = new TreeSet<>(NodeClass.ORDER);
    private final Set<NodeClass> full = new LinkedHashSet<>();
    private int notReady;

    /** Adds a node (at the end of the cluster's node order). */
    public void add(Node node) {
        if (node.id() != nodes.size()) {
            throw new IllegalArgumentException("node ids are dense and in order: expected " + nodes.size()
                    + ", was " + node.id());
        }
        NodeSpec spec = node.spec();
        Shape shape = new Shape(spec.allocatable(), spec.maxPods(), spec.labels(), spec.taints());
        nodes.add(node);
        shapeOf.add(shapes.computeIfAbsent(shape, s -> shapes.size()));
        classOf.add(null);
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
        unfile(node);
        node.add(pod);
        file(node);
        pod.assume(node);
    }

    /** Takes a pod off its node's books (deleted, evicted or a failed binding). */
    public void forget(Pod pod) {
        pod.node().ifPresent(node -> {
            unfile(node);
            node.remove(pod);
            file(node);
        });
    }

    public void setReady(Node node, boolean ready) {
        unfile(node);
        node.setReady(ready);
        file(node);
    }

    /** Classes with room and at least {@code milliCpu} free, from the fullest that fits to the emptiest. */
    NavigableSet<NodeClass> fittingCpuAscending(long milliCpu) {
        return withRoom.tailSet(NodeClass.probe(milliCpu), true);
    }

    /** Classes with room, from the emptiest; callers stop once free CPU drops below what they need. */
    NavigableSet<NodeClass> emptiestFirst() {
        return withRoom.descendingSet();
    }

    /** Classes of Ready nodes at their pod cap. */
    Collection<NodeClass> fullClasses() {
        return full;
    }

    /** Nodes the index keeps aside and only counts: NotReady ones. */
    int notReadyCount() {
        return notReady;
    }

    /** Classes with room: how many entries a selection may visit. */
    int classesWithRoom() {
        return withRoom.size();
    }

    private void file(Node node) {
        if (!node.isReady()) {
            notReady++;
            return;
        }
        Resources requested = node.requested();
        NodeClass.Key key = new NodeClass.Key(shapeOf.get(node.id()), requested.milliCpu(),
                requested.memoryBytes(), node.podCount());
        NodeClass nodeClass = classes.get(key);
        if (nodeClass == null) {
            nodeClass = new NodeClass(key, node.spec().allocatable());
            classes.put(key, nodeClass);
            if (node.podCount() >= node.spec().maxPods()) {
                full.add(nodeClass);
            } else {
                withRoom.add(nodeClass);
            }
        }
        nodeClass.add(node.id());
        classOf.set(node.id(), nodeClass);
    }

    private void unfile(Node node) {
        NodeClass nodeClass = classOf.get(node.id());
        if (nodeClass == null) {
            notReady--;
            return;
        }
        nodeClass.remove(node.id());
        classOf.set(node.id(), null);
        if (nodeClass.size() == 0) {
            classes.remove(nodeClass.key());
            if (!withRoom.remove(nodeClass)) {
                full.remove(nodeClass);
            }
        }
    }
}
