package dev.spinup.orchestration;

import java.util.Map;

/**
 * The scheduler's filter plugins: each says whether a pod may go to a node and, if not, why, in kube-scheduler's
 * own words (the messages a student sees in {@code kubectl describe pod}).
 */
public enum Filter {

    /** NodeUnschedulable/readiness: only Ready nodes take new pods. */
    NODE_READY("node(s) were not ready") {
        @Override
        boolean admits(PodSpec pod, Node node) {
            return node.isReady();
        }
    },
    /** NodeResourcesFit: the pod's requests fit in allocatable minus what bound and assumed pods request. */
    RESOURCES_FIT("Insufficient cpu or memory") {
        @Override
        boolean admits(PodSpec pod, Node node) {
            return node.spec().allocatable().admits(node.requested(), pod.requests());
        }
    },
    /** NodeResourcesFit's pod count: at most min(110, 10 × cores) pods per node. */
    POD_CAP("Too many pods") {
        @Override
        boolean admits(PodSpec pod, Node node) {
            return node.podCount() < node.spec().maxPods();
        }
    },
    /** TaintToleration: every NoSchedule and NoExecute taint must be tolerated. */
    TAINTS_TOLERATED("node(s) had untolerated taint") {
        @Override
        boolean admits(PodSpec pod, Node node) {
            for (Taint taint : node.spec().taints()) {
                if (taint.effect() != TaintEffect.PREFER_NO_SCHEDULE && !pod.tolerates(taint)) {
                    return false;
                }
            }
            return true;
        }
    },
    /** NodeAffinity's nodeSelector: every selector label must be on the node with the same value. */
    NODE_SELECTOR("node(s) didn't match Pod's node affinity/selector") {
        @Override
        boolean admits(PodSpec pod, Node node) {
            Map<String, String> labels = node.spec().labels();
            for (Map.Entry<String, String> wanted : pod.nodeSelector().entrySet()) {
                if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
                    return false;
                }
            }
            return true;
        }
    };

    private final String reason;

    Filter(String reason) {
        this.reason = reason;
    }

    /** kube-scheduler's message for a node this filter rejects. */
    public String reason() {
        return reason;
    }

    abstract boolean admits(PodSpec pod, Node node);

    /** The first filter that rejects the pod on the node, or null when every filter passes. */
    static Filter firstRejecting(PodSpec pod, Node node) {
        for (Filter filter : VALUES) {
            if (!filter.admits(pod, node)) {
                return filter;
            }
        }
        return null;
    }

    private static final Filter[] VALUES = values();
}
