package dev.spinup.model.image;

import dev.spinup.model.DataRate;
import java.util.Objects;

/**
 * How a host's container engine pulls: layer downloads in flight per pull (Docker's and containerd's
 * {@code max-concurrent-downloads}, 3 [P]), the per-core rate at which a layer is decompressed and unpacked
 * (100–300 MB/s [E]), and kubelet's {@code serializeImagePulls} (one pull at a time per node).
 */
public record PullerConfig(int maxConcurrentDownloads, DataRate extractRate, boolean serializeImagePulls) {

    /** Docker's default: 3 downloads per pull [P]. */
    public static final int DOCKER_MAX_CONCURRENT_DOWNLOADS = 3;

    /** The middle of the 100–300 MB/s per core of calibration.md 1d, an estimate [E]. */
    public static final DataRate DEFAULT_EXTRACT_RATE = DataRate.ofMegabytesPerSecond(200);

    /** A Docker host: pulls run side by side. */
    public static final PullerConfig DOCKER =
            new PullerConfig(DOCKER_MAX_CONCURRENT_DOWNLOADS, DEFAULT_EXTRACT_RATE, false);

    /** A Kubernetes node: kubelet's {@code serializeImagePulls=true} default [P] over containerd's 3 downloads. */
    public static final PullerConfig KUBELET =
            new PullerConfig(DOCKER_MAX_CONCURRENT_DOWNLOADS, DEFAULT_EXTRACT_RATE, true);

    public PullerConfig {
        if (maxConcurrentDownloads < 1) {
            throw new IllegalArgumentException("at least one download per pull, was " + maxConcurrentDownloads);
        }
        Objects.requireNonNull(extractRate, "extractRate");
    }
}
