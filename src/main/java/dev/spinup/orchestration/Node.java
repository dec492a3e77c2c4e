package dev.spinup.orchestration;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One node of the cluster as the control plane knows it: its spec, whether it is Ready, and what the pods bound
 * (or assumed) to it request. The scheduler's capacity index files nodes by what this leaves free, so change it
 * only through the index ({@code CapacityIndex.assume}, {@code forget}, {@code setReady}).
 */
public final class Node {

    private final int id;
    private final NodeSpec spec;
    private final Set<Pod> pods = new LinkedHashSet<>();
    private Resources requested = Resources.NONE;
    private boolean ready;

    public Node(int id, NodeSpec spec, boolean ready) {
        this.id = id;
        this.spec = Objects.requireNonNull(spec, "spec");
        this.ready = ready;
    }

    public int id() {
        return id;
    }

    public String name() {
        return spec.name();
    }

    public NodeSpec spec() {
        return spec;
    }

    public boolean isReady() {
        return ready;
    }

    public Resources requested() {
        return requested;
    }

    public long freeMilliCpu() {
        return spec.allocatable().milliCpu() - requested.milliCpu();
    }

    public int podCount() {
        return pods.size();
    }

    /** The pods bound or assumed here, in the order they came. */
    public Set<Pod> pods() {
        return Set.copyOf(pods);
    }

    void setReady(boolean ready) {
        this.ready = ready;
    }

    void add(Pod pod) {
        if (pods.add(pod)) {
            requested = requested.plus(pod.spec().requests());
        }
    }

    void remove(Pod pod) {
        if (pods.remove(pod)) {
            requested = requested.minus(pod.spec().requests());
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
