package dev.spinup.orchestration;

import dev.spinup.model.image.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * A Deployment and its controller (kube-controller-manager's deployment and ReplicaSet controllers in one): keeps
 * one ReplicaSet per image version, scales the newest up and the older ones down within maxSurge and
 * maxUnavailable, and creates and deletes pods through the controller-manager's API client.
 */
final class Deployment {

    private final Cluster cluster;
    private final DeploymentSpec spec;
    private final List<ReplicaSet> sets = new ArrayList<>();
    private int replicas;
    private boolean reconciling;
    private boolean again;

    Deployment(Cluster cluster, DeploymentSpec spec) {
        this.cluster = cluster;
        this.spec = spec;
        this.replicas = spec.replicas();
        sets.add(new ReplicaSet(this, spec.name() + "-1", spec.image(), spec.podSpec(spec.image())));
    }

    String name() {
        return spec.name();
    }

    DeploymentSpec spec() {
        return spec;
    }

    int replicas() {
        return replicas;
    }

    ReplicaSet current() {
        return sets.get(sets.size() - 1);
    }

    /** Ready pods over every version. */
    int ready() {
        int ready = 0;
        for (ReplicaSet set : sets) {
            ready += set.ready();
        }
        return ready;
    }

    /** Pods of older versions still alive: zero once a rollout has finished. */
    int oldPods() {
        int old = 0;
        for (int i = 0; i < sets.size() - 1; i++) {
            old += sets.get(i).pods();
        }
        return old;
    }

    void scale(int to) {
        replicas = Math.max(0, to);
        reconcile();
    }

    void rollout(Image image) {
        if (current().image().reference().equals(image.reference())) {
            return;
        }
        sets.add(new ReplicaSet(this, spec.name() + "-" + (sets.size() + 1), image, spec.podSpec(image)));
        reconcile();
    }

    /** Brings the ReplicaSets toward the desired state; re-entrant calls are folded into one more pass. */
    void reconcile() {
        if (reconciling) {
            again = true;
            return;
        }
        reconciling = true;
        try {
            do {
                again = false;
                plan();
                for (ReplicaSet set : sets) {
                    syncPods(set);
                }
            } while (again);
        } finally {
            reconciling = false;
        }
    }

    private void plan() {
        ReplicaSet newest = current();
        if (sets.size() == 1) {
            newest.desired(replicas);
            return;
        }
        int surge = spec.strategy().surge(replicas);
        int minAvailable = replicas - spec.strategy().unavailable(replicas);
        int totalDesired = 0;
        for (ReplicaSet set : sets) {
            totalDesired += set.desired();
        }
        int up = Math.min(replicas - newest.desired(), replicas + surge - totalDesired);
        if (up > 0) {
            newest.desired(newest.desired() + up);
        } else if (newest.desired() > replicas) {
            newest.desired(replicas);
        }
        // Old pods that are not ready may go at once; ready ones only while enough pods stay ready.
        int budget = Math.max(0, ready() - minAvailable);
        int oldDesired = 0;
        for (int i = 0; i < sets.size() - 1; i++) {
            ReplicaSet old = sets.get(i);
            int free = Math.min(old.desired(), old.notReady());
            int fromReady = Math.min(old.desired() - free, budget);
            budget -= fromReady;
            // never let the total fall below what is needed when the new set is not yet big enough
            int remove = free + fromReady;
            old.desired(old.desired() - remove);
            oldDesired += old.desired();
        }
        if (oldDesired == 0 && newest.desired() < replicas) {
            newest.desired(replicas);
        }
    }

    private void syncPods(ReplicaSet set) {
        int diff = set.desired() - set.current();
        for (int i = 0; i < diff; i++) {
            set.creationAsked();
            cluster.createPod(this, set);
        }
        if (diff < 0) {
            for (Pod pod : set.toDelete(-diff)) {
                cluster.deletePod(pod);
            }
        }
    }
}
