package dev.spinup.orchestration;

import dev.spinup.model.image.Image;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a deployment's pods: the image it runs, how many pods it wants, and the pods it owns that are
 * alive and not being deleted. Counts are kept as pods change, so a controller's reconcile is O(1) until it has
 * pods to create or delete.
 */
final class ReplicaSet {

    /** Which pods a scale-down deletes first: unscheduled, then not running, then not ready, then the newest. */
    private static final Comparator<Pod> DELETE_FIRST = Comparator.comparingInt((Pod p) -> switch (p.phase()) {
        case PENDING -> 0;
        case BOUND -> 1;
        case RUNNING -> 2;
        case READY -> 3;
        case TERMINATED -> -1;
    }).thenComparing(Comparator.comparingLong(Pod::createdAt).reversed())
            .thenComparing(Comparator.comparingInt(Pod::id).reversed());

    private final Deployment deployment;
    private final String name;
    private final Image image;
    private final PodSpec podSpec;
    private final Set<Pod> pods = new LinkedHashSet<>();
    private int desired;
    private int creating;
    private int ready;
    private int nextPod;

    ReplicaSet(Deployment deployment, String name, Image image, PodSpec podSpec) {
        this.deployment = deployment;
        this.name = name;
        this.image = image;
        this.podSpec = podSpec;
    }

    Deployment deployment() {
        return deployment;
    }

    String name() {
        return name;
    }

    Image image() {
        return image;
    }

    PodSpec podSpec() {
        return podSpec;
    }

    int desired() {
        return desired;
    }

    void desired(int count) {
        desired = Math.max(0, count);
    }

    /** Pods alive and not being deleted, plus creations asked for and not yet served. */
    int current() {
        return pods.size() + creating;
    }

    int pods() {
        return pods.size();
    }

    int ready() {
        return ready;
    }

    int notReady() {
        return pods.size() - ready;
    }

    String nextPodName() {
        return name + "-" + nextPod++;
    }

    void creationAsked() {
        creating++;
    }

    void creationServed() {
        creating--;
    }

    void adopt(Pod pod) {
        pods.add(pod);
        pod.replicaSet(this);
    }

    void becameReady() {
        ready++;
    }

    void becameUnready() {
        ready--;
    }

    /** The pod leaves this set's count (deleted, evicted or failed); it is no longer Ready by now. */
    void release(Pod pod) {
        pods.remove(pod);
    }

    /** The {@code count} pods a scale-down takes, in the order Kubernetes' ReplicaSet controller picks them. */
    List<Pod> toDelete(int count) {
        List<Pod> sorted = new ArrayList<>(pods);
        sorted.sort(DELETE_FIRST);
        return sorted.subList(0, Math.min(count, sorted.size()));
    }

    @Override
    public String toString() {
        return name;
    }
}
