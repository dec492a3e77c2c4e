package dev.spinup.orchestration;

import java.util.BitSet;
import java.util.Comparator;

/**
 * Nodes the scheduler cannot tell apart: the same allocatable, pod cap, labels and taints (one shape), the same
 * requests on their books and the same pod count. Every filter and score gives all of them the same answer, so
 * the index files them as one entry and the selector filters and scores the entry once.
 */
final class NodeClass {

    /** The index's order of classes: free CPU, then free memory, then shape, then pod count. */
    static final Comparator<NodeClass> ORDER = Comparator.comparingLong((NodeClass c) -> c.freeMilliCpu)
            .thenComparingLong(c -> c.freeMemoryBytes)
            .thenComparingInt(c -> c.shape)
            .thenComparingInt(c -> c.podCount);

    /** What identifies a class: its shape's number, what its nodes' pods request and how many pods they hold. */
    record Key(int shape, long requestedMilliCpu, long requestedMemoryBytes, int podCount) { }

    private final Key key;
    private final int shape;
    private final long freeMilliCpu;
    private final long freeMemoryBytes;
    private final int podCount;
    private final BitSet members = new BitSet();
    private int size;

    NodeClass(Key key, Resources allocatable) {
        this(key, allocatable.milliCpu() - key.requestedMilliCpu(),
                allocatable.memoryBytes() - key.requestedMemoryBytes());
    }

    private NodeClass(Key key, long freeMilliCpu, long freeMemoryBytes) {
        this.key = key;
        this.shape = key.shape();
        this.freeMilliCpu = freeMilliCpu;
        this.freeMemoryBytes = freeMemoryBytes;
        this.podCount = key.podCount();
    }

    /** A stand-in that sorts before every class with at least {@code milliCpu} free. */
    static NodeClass probe(long milliCpu) {
        return new NodeClass(new Key(Integer.MIN_VALUE, 0, 0, Integer.MIN_VALUE), milliCpu, Long.MIN_VALUE);
    }

    Key key() {
        return key;
    }

    long freeMilliCpu() {
        return freeMilliCpu;
    }

    int size() {
        return size;
    }

    /** The member with the lowest id: the one a tie between members goes to. */
    int lowestId() {
        return members.nextSetBit(0);
    }

    /** Member ids in ascending order. */
    BitSet members() {
        return members;
    }

    void add(int nodeId) {
        members.set(nodeId);
        size++;
    }

    void remove(int nodeId) {
        members.clear(nodeId);
        size--;
    }
}
