package dev.spinup.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap ordered by two long keys, whose entries know their own slot so that removing any entry costs
 * O(log n). The keys live in a primitive array beside the entries: comparisons never touch the entry objects, which
 * keeps a heap of a million jobs from being one cache miss per comparison. Each entry's two keys sit side by side
 * ({@code keys[2i]}, {@code keys[2i + 1]}), so the four children a sift compares are 64 contiguous bytes, one or
 * two cache lines, instead of two separate runs in two arrays. The event queue and the processor-sharing job set
 * are both one of these.
 */
class IndexedHeap<E extends IndexedHeap.Node> {

    /** An entry of an {@link IndexedHeap}; {@code heapIndex} is -1 while the entry is not in a heap. */
    abstract static class Node {
        int heapIndex = -1;
    }

    private static final int ARITY = 4;

    private Node[] nodes = new Node[64];
    /** Entry i's primary key at {@code 2i}, its secondary key at {@code 2i + 1}. */
    private long[] keys = new long[128];
    private int size;

    final int size() {
        return size;
    }

    final boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    final E peek() {
        return size == 0 ? null : (E) nodes[0];
    }

    /** Adds {@code node} ordered by {@code first}, ties broken by {@code second} (both compared as signed longs). */
    final void add(E node, long first, long second) {
        if (node.heapIndex >= 0) {
            throw new IllegalStateException("already queued");
        }
        if (size == nodes.length) {
            int capacity = size * 2;
            nodes = Arrays.copyOf(nodes, capacity);
            keys = Arrays.copyOf(keys, 2 * capacity);
        }
        siftUp(size++, node, first, second);
    }

    final E poll() {
        E head = peek();
        if (head != null) {
            removeAt(0);
        }
        return head;
    }

    /** Removes {@code node} if it is queued here; returns whether it was. */
    final boolean remove(E node) {
        int i = node.heapIndex;
        if (i < 0 || i >= size || nodes[i] != node) {
            return false;
        }
        removeAt(i);
        return true;
    }

    @SuppressWarnings("unchecked")
    final E at(int i) {
        return (E) nodes[i];
    }

    private void removeAt(int i) {
        Node removed = nodes[i];
        int last = --size;
        if (i != last) {
            Node moved = nodes[last];
            long first = keys[2 * last];
            long second = keys[2 * last + 1];
            nodes[last] = null;
            siftDown(i, moved, first, second);
            if (nodes[i] == moved) {
                siftUp(i, moved, first, second);
            }
        } else {
            nodes[last] = null;
        }
        removed.heapIndex = -1;
    }

    private static boolean before(long f1, long s1, long f2, long s2) {
        return f1 < f2 || (f1 == f2 && s1 < s2);
    }

    private void siftUp(int i, Node node, long first, long second) {
        while (i > 0) {
            int parent = (i - 1) / ARITY;
            long parentFirst = keys[2 * parent];
            long parentSecond = keys[2 * parent + 1];
            if (!before(first, second, parentFirst, parentSecond)) {
                break;
            }
            place(i, nodes[parent], parentFirst, parentSecond);
            i = parent;
        }
        place(i, node, first, second);
    }

    private void siftDown(int i, Node node, long first, long second) {
        while (true) {
            int child = ARITY * i + 1;
            if (child >= size) {
                break;
            }
            int best = child;
            long bestFirst = keys[2 * child];
            long bestSecond = keys[2 * child + 1];
            int end = Math.min(child + ARITY, size);
            for (int c = child + 1; c < end; c++) {
                long f = keys[2 * c];
                long s = keys[2 * c + 1];
                if (before(f, s, bestFirst, bestSecond)) {
                    best = c;
                    bestFirst = f;
                    bestSecond = s;
                }
            }
            if (!before(bestFirst, bestSecond, first, second)) {
                break;
            }
            place(i, nodes[best], bestFirst, bestSecond);
            i = best;
        }
        place(i, node, first, second);
    }

    private void place(int i, Node node, long first, long second) {
        nodes[i] = node;
        keys[2 * i] = first;
        keys[2 * i + 1] = second;
        node.heapIndex = i;
    }
}
