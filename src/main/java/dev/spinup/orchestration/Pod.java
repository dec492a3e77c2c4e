package dev.spinup.orchestration;

import dev.spinup.model.runtime.Instance;
import java.util.Objects;
import java.util.Optional;

/**
 * One pod: its spec, phase, node and the instants that define Kubernetes' start-up latency (created, bound,
 * image pull start and end, running as observed, ready). Times are simulation nanoseconds; −1 means "not yet".
 */
public final class Pod {

    private final int id;
    private final String name;
    private final String owner;
    private final PodSpec spec;
    private final long createdAt;
    private PodPhase phase = PodPhase.PENDING;
    private Node node;
    private long boundAt = -1;
    private long pullNanos;
    private long runningAt = -1;
    private long readyAt = -1;
    private long terminatedAt = -1;
    private int schedulingAttempts;
    private boolean deleting;
    private long deletedAt = -1;
    private ReplicaSet replicaSet;
    private Instance instance;

    public Pod(int id, String name, String owner, PodSpec spec, long createdAt) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.createdAt = createdAt;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The ReplicaSet (or other controller) that created it. */
    public String owner() {
        return owner;
    }

    public PodSpec spec() {
        return spec;
    }

    public PodPhase phase() {
        return phase;
    }

    public Optional<Node> node() {
        return Optional.ofNullable(node);
    }

    public long createdAt() {
        return createdAt;
    }

    public long boundAt() {
        return boundAt;
    }

    public long runningAt() {
        return runningAt;
    }

    public long readyAt() {
        return readyAt;
    }

    public long terminatedAt() {
        return terminatedAt;
    }

    /** Time the kubelet spent pulling this pod's image (zero when the node had it). */
    public long pullNanos() {
        return pullNanos;
    }

    /**
     * Start-up latency as the Kubernetes SLO defines it: from creation until running is observed, minus the image
     * pull; −1 while not running.
     */
    public long startupLatencyNanos() {
        return runningAt < 0 ? -1 : runningAt - createdAt - pullNanos;
    }

    public int schedulingAttempts() {
        return schedulingAttempts;
    }

    public boolean isAlive() {
        return phase != PodPhase.TERMINATED;
    }

    /** True once its controller or an eviction asked for it to go. */
    public boolean isDeleting() {
        return deleting;
    }

    /** The model instance its container runs as, once its kubelet started it. */
    public Optional<Instance> instance() {
        return Optional.ofNullable(instance);
    }

    /** When its deletion was asked for (it stops counting as Ready then, and goes once stopped), or −1. */
    public long deletedAt() {
        return deletedAt;
    }

    void markDeleting(long now) {
        deleting = true;
        if (deletedAt < 0) {
            deletedAt = now;
        }
    }

    ReplicaSet replicaSet() {
        return replicaSet;
    }

    void replicaSet(ReplicaSet owner) {
        replicaSet = owner;
    }

    void instance(Instance started) {
        instance = started;
    }

    /** Its node went NotReady: the pod stops counting as Ready, though its API phase says it runs. */
    void notReady() {
        if (phase == PodPhase.READY) {
            phase = PodPhase.RUNNING;
        }
    }

    void countAttempt() {
        schedulingAttempts++;
    }

    void assume(Node target) {
        node = target;
    }

    void bound(long now) {
        phase = PodPhase.BOUND;
        boundAt = now;
    }

    void addPull(long nanos) {
        pullNanos += nanos;
    }

    void running(long now) {
        phase = PodPhase.RUNNING;
        runningAt = now;
    }

    void ready(long now) {
        phase = PodPhase.READY;
        readyAt = now;
    }

    void terminated(long now) {
        phase = PodPhase.TERMINATED;
        terminatedAt = now;
    }

    @Override
    public String toString() {
        return name;
    }
}
