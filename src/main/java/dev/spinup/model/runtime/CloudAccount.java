package dev.spinup.model.runtime;

import dev.spinup.engine.Simulation;
import dev.spinup.engine.TokenBucket;
import dev.spinup.model.startup.ApiRateLimit;
import java.util.HashMap;
import java.util.Map;

/**
 * The cloud account an arm launches its VMs through: one token bucket per API rate limit, shared by every host,
 * since a cloud throttles the account, not the machine a VM lands on.
 */
final class CloudAccount {

    private final Simulation simulation;
    private final Map<ApiRateLimit, TokenBucket> buckets = new HashMap<>();

    CloudAccount(Simulation simulation) {
        this.simulation = simulation;
    }

    /** The bucket of this limit, full when first asked for. */
    TokenBucket bucket(ApiRateLimit limit) {
        return buckets.computeIfAbsent(limit,
                l -> new TokenBucket(simulation, l.name(), l.perSecond(), l.burst()));
    }

    /** How many launches wait for a token of this limit now. */
    int waiting(ApiRateLimit limit) {
        TokenBucket bucket = buckets.get(limit);
        return bucket == null ? 0 : bucket.waiting();
    }
}
