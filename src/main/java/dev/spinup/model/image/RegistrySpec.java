package dev.spinup.model.image;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataRate;
import dev.spinup.model.VaryingQuantity;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A container registry as configured: its name, the egress bandwidth every puller shares, the most one layer
 * download can get (a single HTTP connection's throughput over the path to the registry), and the fixed latency of
 * the token request and manifest fetch that precede any layer download (calibration.md 1d: ~0.1–0.5 s [E]). When
 * {@code manifestLatencyVaries} (in nanoseconds) is given, each pull draws its own and {@code manifestLatency} is its
 * mean. When {@code ratesVary} gives a distribution of the egress or the per-download rate (bytes per second), a run
 * draws it once (it is one registry), and {@code egressBandwidth} or {@code perDownload} is its mean.
 */
public record RegistrySpec(String name, DataRate egressBandwidth, DataRate perDownload, Duration manifestLatency,
                           Optional<Distribution> manifestLatencyVaries, RatesVary ratesVary) {

    /** The registry's rates a run draws once, each from substream 0 of its own stream; empty ones are fixed. */
    public record RatesVary(Optional<VaryingQuantity> egress, Optional<VaryingQuantity> perDownload) {

        public static final RatesVary NONE = new RatesVary(Optional.empty(), Optional.empty());

        public RatesVary {
            Objects.requireNonNull(egress, "egress");
            Objects.requireNonNull(perDownload, "perDownload");
        }

        public boolean varies() {
            return egress.isPresent() || perDownload.isPresent();
        }
    }

    /** The middle of the 0.1–0.5 s range of calibration.md 1d, an estimate [E]. */
    public static final Duration DEFAULT_MANIFEST_LATENCY = Duration.ofMillis(300);

    public RegistrySpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a registry needs a name");
        }
        Objects.requireNonNull(egressBandwidth, "egressBandwidth");
        Objects.requireNonNull(perDownload, "perDownload");
        Objects.requireNonNull(manifestLatency, "manifestLatency");
        if (manifestLatency.isNegative()) {
            throw new IllegalArgumentException(name + ": manifest latency cannot be negative: " + manifestLatency);
        }
        Objects.requireNonNull(manifestLatencyVaries, "manifestLatencyVaries");
        Objects.requireNonNull(ratesVary, "ratesVary");
    }

    /** A registry whose rates are fixed. */
    public RegistrySpec(String name, DataRate egressBandwidth, DataRate perDownload, Duration manifestLatency,
                        Optional<Distribution> manifestLatencyVaries) {
        this(name, egressBandwidth, perDownload, manifestLatency, manifestLatencyVaries, RatesVary.NONE);
    }

    /** The same registry with these rates drawn once per run. */
    public RegistrySpec withRatesVarying(RatesVary value) {
        return new RegistrySpec(name, egressBandwidth, perDownload, manifestLatency, manifestLatencyVaries, value);
    }

    /** A registry whose every pull waits the same for its token and manifest. */
    public RegistrySpec(String name, DataRate egressBandwidth, DataRate perDownload, Duration manifestLatency) {
        this(name, egressBandwidth, perDownload, manifestLatency, Optional.empty());
    }

    /** A registry whose pulls each draw their token-and-manifest wait from {@code nanos}; the nominal is its mean. */
    public static RegistrySpec varying(String name, DataRate egressBandwidth, DataRate perDownload,
                                       Distribution nanos) {
        return new RegistrySpec(name, egressBandwidth, perDownload,
                Duration.ofNanos(Math.max(0, Math.round(nanos.mean()))), Optional.of(nanos));
    }

    /** A registry whose downloads are limited only by the shared egress. */
    public RegistrySpec(String name, DataRate egressBandwidth, Duration manifestLatency) {
        this(name, egressBandwidth, egressBandwidth, manifestLatency);
    }

    public static RegistrySpec of(String name, DataRate egressBandwidth) {
        return new RegistrySpec(name, egressBandwidth, DEFAULT_MANIFEST_LATENCY);
    }
}
