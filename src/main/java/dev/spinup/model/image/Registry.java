package dev.spinup.model.image;

import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.engine.random.RandomStreams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A running registry: its egress bandwidth is one processor-sharing link shared by every host that pulls from it,
 * so a hundred nodes pulling at once each get a hundredth.
 */
public final class Registry {

    /** The stream each pull draws its token-and-manifest wait from, when it varies: pull k from substream k. */
    public static final String MANIFEST_LATENCY_STREAM = "registry/manifest-latency";
    /** Pulls no instance asked for (a timeline's {@code pull}) draw from this stream, the n-th from substream n. */
    public static final String ACTION_MANIFEST_LATENCY_STREAM = "registry/manifest-latency/actions";

    /** The stream a varying egress bandwidth is drawn from, once per run (substream 0). */
    public static final String EGRESS_STREAM = "registry/bandwidth";
    /** The stream a varying per-download rate is drawn from, once per run (substream 0). */
    public static final String PER_DOWNLOAD_STREAM = "registry/per-download";

    private final RegistrySpec spec;
    private final ProcessorSharing egress;
    private final Optional<RandomStreams> streams;
    private final Optional<RandomStream> manifestDraws;
    private final Optional<RandomStream> actionManifestDraws;
    /** Each uncertain layer as this run's registry holds it, by digest, and each image made of them. */
    private final Map<String, ImageLayer> drawnLayers = new HashMap<>();
    private final Map<Image, Image> drawnImages = new IdentityHashMap<>();
    private int actionPulls;
    private long bytesSent;
    private long blobsSent;

    /** A registry whose uncertain sizes and latencies stay at their means (no run's random streams to draw from). */
    public Registry(Simulation simulation, RegistrySpec spec) {
        this(simulation, spec, Optional.empty());
    }

    /** A run's registry: uncertain layer sizes and manifest waits are drawn from {@code streams}. */
    public Registry(Simulation simulation, RegistrySpec spec, RandomStreams streams) {
        this(simulation, spec, Optional.of(streams));
    }

    private Registry(Simulation simulation, RegistrySpec spec, Optional<RandomStreams> streams) {
        this.spec = Objects.requireNonNull(spec, "spec");
        // one registry, so one draw of each varying rate per run, the same on every arm (and none without streams)
        double egressRate = spec.ratesVary().egress().flatMap(q -> streams.map(st ->
                q.draw(st.stream(EGRESS_STREAM).substream(0)))).orElse(spec.egressBandwidth().bytesPerSecond());
        double perDownloadRate = spec.ratesVary().perDownload().flatMap(q -> streams.map(st ->
                q.draw(st.stream(PER_DOWNLOAD_STREAM).substream(0)))).orElse(spec.perDownload().bytesPerSecond());
        this.egress = new ProcessorSharing(simulation, "registry " + spec.name() + " egress",
                egressRate / 1e9, perDownloadRate / 1e9);
        this.streams = streams;
        boolean varies = spec.manifestLatencyVaries().isPresent();
        this.manifestDraws = varies ? streams.map(s -> s.stream(MANIFEST_LATENCY_STREAM)) : Optional.empty();
        this.actionManifestDraws = varies ? streams.map(s -> s.stream(ACTION_MANIFEST_LATENCY_STREAM))
                : Optional.empty();
    }

    /**
     * {@code image} as this registry holds it: a layer whose sizes are uncertain drawn once for the run (the same
     * in every image that shares it, and on every arm of the run, its streams being named after its digest).
     */
    public Image realized(Image image) {
        if (streams.isEmpty() || !image.sizesVary()) {
            return image;
        }
        return drawnImages.computeIfAbsent(image, i -> {
            List<ImageLayer> layers = new ArrayList<>(i.layerCount());
            for (ImageLayer layer : i.layers()) {
                layers.add(layer.varies().isEmpty() ? layer : drawnLayers.computeIfAbsent(layer.digest(),
                        d -> layer.varies().get().draw(layer, streams.get())));
            }
            return new Image(i.reference(), layers);
        });
    }

    /** The token-and-manifest wait of the pull instance {@code index} asked for: its own draw when it varies. */
    public Duration manifestLatency(int index) {
        return manifestDraws.map(s -> draw(s.substream(index))).orElse(spec.manifestLatency());
    }

    /** The token-and-manifest wait of a pull no instance asked for, each the next substream's draw. */
    public Duration actionManifestLatency() {
        return actionManifestDraws.map(s -> draw(s.substream(actionPulls++))).orElse(spec.manifestLatency());
    }

    private Duration draw(RandomStream stream) {
        return Duration.ofNanos(Math.max(0, Math.round(spec.manifestLatencyVaries().orElseThrow().sample(stream))));
    }

    public RegistrySpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    /** The shared egress link, in bytes per nanosecond. */
    public ProcessorSharing egress() {
        return egress;
    }

    /** Starts sending a blob of {@code bytes} over the shared egress link. */
    public ProcessorSharing.Job send(long bytes) {
        ProcessorSharing.Job job = egress.submit(bytes);
        job.completion().whenDone(done -> {
            if (done.isSucceeded()) {
                bytesSent += bytes;
                blobsSent++;
            }
        });
        return job;
    }

    /** The exact size of every blob fully sent so far. */
    public long bytesSent() {
        return bytesSent;
    }

    /** Layer blobs fully sent so far. */
    public long blobsSent() {
        return blobsSent;
    }

    /**
     * Bytes the link has carried, including the part of downloads in progress; may exceed {@link #bytesSent()} by
     * less than a nanosecond's worth per blob, as the clock ticks in whole nanoseconds.
     */
    public double servedBytes() {
        return egress.servedWork();
    }

    @Override
    public String toString() {
        return "registry " + spec.name() + " (" + spec.egressBandwidth() + ")";
    }
}
