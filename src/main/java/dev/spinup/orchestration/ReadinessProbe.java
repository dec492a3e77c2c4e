package dev.spinup.orchestration;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import java.util.Optional;

/**
 * A readiness probe: first run {@code initialDelayNanos} after the container started, then every
 * {@code periodNanos}; one success marks the pod Ready. Without a probe a pod is Ready as soon as it runs.
 */
public record ReadinessProbe(boolean enabled, Cited<Long> initialDelayNanos, Cited<Long> periodNanos) {

    public ReadinessProbe {
        if (initialDelayNanos.value() < 0 || periodNanos.value() <= 0) {
            throw new IllegalArgumentException("a probe needs a delay ≥ 0 and a period > 0");
        }
    }

    public static ReadinessProbe none() {
        return new ReadinessProbe(false, Cited.of(0L, Source.ESTIMATE_READINESS_PROBE),
                Cited.of(10_000_000_000L, Source.ESTIMATE_READINESS_PROBE));
    }

    public static ReadinessProbe of(Optional<Long> initialDelay, Optional<Long> period) {
        return new ReadinessProbe(true,
                initialDelay.map(d -> Cited.of(d, Source.LESSON_SETTING)).orElse(none().initialDelayNanos()),
                period.map(p -> Cited.of(p, Source.LESSON_SETTING)).orElse(none().periodNanos()));
    }

    /** When a pod whose container started at {@code startedAt} and whose app is ready at {@code appReadyAt} is Ready. */
    public long readyAt(long startedAt, long appReadyAt) {
        if (!enabled) {
            return appReadyAt;
        }
        long first = startedAt + initialDelayNanos.value();
        if (appReadyAt <= first) {
            return first;
        }
        long periods = (appReadyAt - first + periodNanos.value() - 1) / periodNanos.value();
        return first + periods * periodNanos.value();
    }
}
