package dev.spinup.engine;

import java.util.Arrays;

/**
 * A binary min-heap whose entries know their own slot, so removing an arbitrary entry costs O(log n).
 * The event queue and the processor-sharing job set are both one of these.
 */
abstract class IndexedHeap<E extends IndexedHeap.Node> {

    /** An entry of an {@link IndexedHeap}; {@code heapIndex} is -1 while the entry is not in a heap. */
    abstract static class Node {
        int heapIndex = -1;
    }

    private Node[] nodes = new Node[64];
    private int size;

    /** True when {@code a} must come out before {@code b}; must be a strict total order. */
    abstract boolean before(E a, E b);

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

    final void add(E node) {
        if (node.heapIndex >= 0) {
            throw new IllegalStateException("already queued");
        }
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        nodes[size] = node;
        node.heapIndex = size;
        size++;
        siftUp(size - 1);
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
        size--;
        if (i != size) {
            Node last = nodes[size];
            nodes[i] = last;
            last.heapIndex = i;
            nodes[size] = null;
            siftDown(i);
            if (nodes[i] == last) {
                siftUp(i);
            }
        } else {
            nodes[size] = null;
        }
        removed.heapIndex = -1;
    }

    @SuppressWarnings("unchecked")
    private void siftUp(int i) {
        Node node = nodes[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Node p = nodes[parent];
            if (!before((E) node, (E) p)) {
                break;
            }
            nodes[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        nodes[i] = node;
        node.heapIndex = i;
    }

    @SuppressWarnings("unchecked")
    private void siftDown(int i) {
        Node node = nodes[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Node c = nodes[child];
            int right = child + 1;
            if (right < size && before((E) nodes[right], (E) c)) {
                child = right;
                c = nodes[child];
            }
            if (!before((E) c, (E) node)) {
                break;
            }
            nodes[i] = c;
            c.heapIndex = i;
            i = child;
        }
        nodes[i] = node;
        node.heapIndex = i;
    }
}
