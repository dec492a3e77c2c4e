package dev.spinup.orchestration;

import dev.spinup.engine.Simulation;
import dev.spinup.engine.TokenBucket;
import dev.spinup.model.catalogue.Source;

/** A token-bucket rate limit: sustained requests per second and the burst allowed on top, with its source. */
public record RateLimit(double perSecond, double burst, Source source) {

    public RateLimit {
        if (!(perSecond > 0) || !(burst >= 1)) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1, was "
                    + perSecond + "/s burst " + burst);
        }
    }

    /** kube-controller-manager's client: 20 QPS, burst 30. */
    public static RateLimit controllerManager() {
        return new RateLimit(20, 30, Source.ESTIMATE_KUBE_CLIENT_RATE_LIMITS);
    }

    /** kube-scheduler's client as in the 2019 scalability tests: 100 QPS, burst 100. */
    public static RateLimit scheduler() {
        return new RateLimit(100, 100, Source.SCHEDULER_THROUGHPUT_2019);
    }

    /** kubelet's client since v1.27: 50 QPS, burst 100. */
    public static RateLimit kubelet() {
        return new RateLimit(50, 100, Source.ESTIMATE_KUBE_CLIENT_RATE_LIMITS);
    }

    /** kubelet's registry pull limit: registryPullQPS 5, registryBurst 10. */
    public static RateLimit registryPulls() {
        return new RateLimit(5, 10, Source.KUBELET_IMAGE_PULLS);
    }

    TokenBucket bucket(Simulation simulation, String name) {
        return new TokenBucket(simulation, name, perSecond, burst);
    }
}
