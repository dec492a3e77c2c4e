package dev.spinup.model.image;

import java.time.Duration;
import java.util.Objects;

/**
 * When a host's layer store is cleaned: once usage reaches {@code highThresholdPercent} of capacity,
 * least-recently-used unpinned layers stored at least {@code minimumAge} ago go until usage is at most
 * {@code lowThresholdPercent} (kubelet's {@code imageGCHighThresholdPercent}, {@code imageGCLowThresholdPercent}
 * and {@code imageMinimumGCAge}; the age keeps a just-pulled image from being removed before its container starts).
 */
public record ImageGcPolicy(int highThresholdPercent, int lowThresholdPercent, Duration minimumAge) {

    /** kubelet's defaults: 85 % and 80 % [P], two minutes (kubelet configuration reference). */
    public static final ImageGcPolicy KUBELET_DEFAULT = new ImageGcPolicy(85, 80, Duration.ofMinutes(2));

    public ImageGcPolicy {
        if (lowThresholdPercent < 0 || highThresholdPercent > 100 || lowThresholdPercent >= highThresholdPercent) {
            throw new IllegalArgumentException("image GC thresholds need 0 <= low < high <= 100, were low "
                    + lowThresholdPercent + " %, high " + highThresholdPercent + " %");
        }
        Objects.requireNonNull(minimumAge, "minimumAge");
        if (minimumAge.isNegative()) {
            throw new IllegalArgumentException("image GC minimum age cannot be negative: " + minimumAge);
        }
    }
}
