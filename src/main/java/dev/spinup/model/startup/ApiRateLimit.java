package dev.spinup.model.startup;

import java.util.Objects;

/**
 * A cloud API's limit on how fast one account may ask (a token bucket: {@code burst} at once, then
 * {@code perSecond}); every instance of an arm launches through the same account, so they share one bucket.
 */
public record ApiRateLimit(String name, double perSecond, int burst) {

    public ApiRateLimit {
        Objects.requireNonNull(name, "name");
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException(name + ": rate must be positive and finite, was " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException(name + ": burst must be at least 1, was " + burst);
        }
    }
}
