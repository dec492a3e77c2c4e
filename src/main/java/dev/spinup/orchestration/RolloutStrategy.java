package dev.spinup.orchestration;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;

/**
 * A RollingUpdate strategy: how many pods above the desired count may exist (maxSurge) and how many below it may
 * be unavailable (maxUnavailable) while a new version rolls out, each a count or a percentage of replicas.
 */
public record RolloutStrategy(Cited<Amount> maxSurge, Cited<Amount> maxUnavailable) {

    /** A count of pods, or a percentage of the desired replicas. */
    public record Amount(int value, boolean percent) {
        public Amount {
            if (value < 0 || (percent && value > 100)) {
                throw new IllegalArgumentException("an amount is a count ≥ 0 or a percentage 0–100, was " + value);
            }
        }

        /** Resolved against {@code replicas}: a percentage rounds up for a surge and down for unavailability. */
        int of(int replicas, boolean roundUp) {
            if (!percent) {
                return value;
            }
            long scaled = (long) replicas * value;
            return (int) (roundUp ? (scaled + 99) / 100 : scaled / 100);
        }

        @Override
        public String toString() {
            return percent ? value + "%" : Integer.toString(value);
        }
    }

    /** Kubernetes' default: 25 % surge, 25 % unavailable. */
    public static RolloutStrategy defaults() {
        return new RolloutStrategy(Cited.of(new Amount(25, true), Source.ESTIMATE_KUBE_ROLLOUT_DEFAULTS),
                Cited.of(new Amount(25, true), Source.ESTIMATE_KUBE_ROLLOUT_DEFAULTS));
    }

    public int surge(int replicas) {
        int surge = maxSurge.value().of(replicas, true);
        // Both zero would deadlock the rollout; the API server rejects it, Spinup lets one pod be unavailable.
        return surge;
    }

    public int unavailable(int replicas) {
        int unavailable = maxUnavailable.value().of(replicas, false);
        return unavailable == 0 && surge(replicas) == 0 ? 1 : unavailable;
    }
}
