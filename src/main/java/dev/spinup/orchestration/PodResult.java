package dev.spinup.orchestration;

/**
 * One pod's life as the run saw it; times in simulation nanoseconds, −1 for "never".
 *
 * @param startupNanos Kubernetes' start-up latency: created to running observed, minus the image pull
 */
public record PodResult(String name, String owner, String node, long createdAt, long boundAt, long pullNanos,
                        long runningAt, long readyAt, long terminatedAt, long startupNanos) {

    static PodResult of(Pod pod) {
        return new PodResult(pod.name(), pod.owner(), pod.node().map(Node::name).orElse(""), pod.createdAt(),
                pod.boundAt(), pod.pullNanos(), pod.runningAt(), pod.readyAt(), pod.terminatedAt(),
                pod.startupLatencyNanos());
    }
}
