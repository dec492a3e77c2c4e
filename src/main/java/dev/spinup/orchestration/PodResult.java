package dev.spinup.orchestration;

/**
 * One pod's life as the run saw it; times in simulation nanoseconds, −1 for "never".
 *
 * @param startupNanos Kubernetes' start-up latency: created to running observed, minus the image pull
 * @param requests what it asked the scheduler for
 * @param deletedAt when its deletion was asked for (it stopped counting as Ready), −1 if never
 * @param instance the model instance its container (or its own VM) ran as, {@code ""} if it never started one
 */
public record PodResult(String name, String owner, String node, long createdAt, long boundAt, long pullNanos,
                        long runningAt, long readyAt, long terminatedAt, long startupNanos, Resources requests,
                        long deletedAt, String instance) {

    static PodResult of(Pod pod) {
        return new PodResult(pod.name(), pod.owner(), pod.node().map(Node::name).orElse(""), pod.createdAt(),
                pod.boundAt(), pod.pullNanos(), pod.runningAt(), pod.readyAt(), pod.terminatedAt(),
                pod.startupLatencyNanos(), pod.spec().requests(), pod.deletedAt(),
                pod.instance().map(i -> i.id().toString()).orElse(""));
    }
}
