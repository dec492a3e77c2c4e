package dev.spinup.orchestration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scheduler's filter plugins, in kube-scheduler's default order: each says whether a pod may go to a node and,
 * if not, why, in kube-scheduler's own words (the reasons a student sees in {@code kubectl describe pod}). As in
 * kube-scheduler, a node is judged by the first filter that rejects it; that filter may give several reasons.
 */
public enum Filter {

    /** NodeUnschedulable/readiness: only Ready nodes take new pods. */
    NODE_READY {
        @Override
        void reasons(PodSpec pod, Node node, Consumer<String> reasons) {
            if (!node.isReady()) {
                reasons.accept(NOT_READY);
            }
        }
    },
    /** TaintToleration: every NoSchedule and NoExecute taint must be tolerated. */
    TAINTS_TOLERATED {
        @Override
        void reasons(PodSpec pod, Node node, Consumer<String> reasons) {
            for (Taint taint : node.spec().taints()) {
                if (taint.effect() != TaintEffect.PREFER_NO_SCHEDULE && !pod.tolerates(taint)) {
                    reasons.accept("node(s) had untolerated taint");
                    return;
                }
            }
        }
    },
    /** NodeAffinity's nodeSelector: every selector label must be on the node with the same value. */
    NODE_SELECTOR {
        @Override
        void reasons(PodSpec pod, Node node, Consumer<String> reasons) {
            Map<String, String> labels = node.spec().labels();
            for (Map.Entry<String, String> wanted : pod.nodeSelector().entrySet()) {
                if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
                    reasons.accept("node(s) didn't match Pod's node affinity/selector");
                    return;
                }
            }
        }
    },
    /**
     * NodeResourcesFit: at most min(110, 10 × cores) pods, and the pod's requests fit in allocatable minus what
     * bound and assumed pods request; one reason per resource that falls short, as kube-scheduler gives them.
     */
    RESOURCES_FIT {
        @Override
        void reasons(PodSpec pod, Node node, Consumer<String> reasons) {
            if (node.podCount() >= node.spec().maxPods()) {
                reasons.accept("Too many pods");
            }
            Resources allocatable = node.spec().allocatable();
            Resources requested = node.requested();
            if (requested.milliCpu() + pod.requests().milliCpu() > allocatable.milliCpu()) {
                reasons.accept("Insufficient cpu");
            }
            if (requested.memoryBytes() + pod.requests().memoryBytes() > allocatable.memoryBytes()) {
                reasons.accept("Insufficient memory");
            }
        }
    };

    /** kube-scheduler's reason for a node that is not Ready. */
    static final String NOT_READY = "node(s) were not ready";

    private static final Filter[] VALUES = values();

    /** Hands each reason this filter rejects the pod on the node for to {@code reasons}; none when it passes. */
    abstract void reasons(PodSpec pod, Node node, Consumer<String> reasons);

    boolean admits(PodSpec pod, Node node) {
        boolean[] rejected = {false};
        reasons(pod, node, reason -> rejected[0] = true);
        return !rejected[0];
    }

    /** The first filter that rejects the pod on the node, or null when every filter passes. */
    static Filter firstRejecting(PodSpec pod, Node node) {
        for (Filter filter : VALUES) {
            if (!filter.admits(pod, node)) {
                return filter;
            }
        }
        return null;
    }

    /** Why the node cannot take the pod: the first rejecting filter's reasons; empty when it can. */
    static List<String> rejections(PodSpec pod, Node node) {
        Filter first = firstRejecting(pod, node);
        if (first == null) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>(3);
        first.reasons(pod, node, reasons::add);
        return reasons;
    }
}
