package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataSize;
import dev.spinup.model.image.BuildCache;
import dev.spinup.model.image.BuildReport;
import dev.spinup.model.image.Dockerfile;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.ImageBuilder;
import dev.spinup.model.image.ImagePuller;
import dev.spinup.model.image.LayerCache;
import dev.spinup.model.image.PullReport;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.Registry;
import dev.spinup.model.startup.PullSummary;
import java.util.Optional;

/** A host's image store: its layer cache, the pulls that fill it, the builds that add to it, and the pins. */
final class HostImages {

    private final Simulation simulation;
    private final String hostName;
    private final ProcessorSharing cpu;
    private final ProcessorSharing disk;
    private final LayerCache layers;
    private final ImagePuller puller;
    private ImageBuilder builder;

    HostImages(Simulation simulation, String hostName, DataSize storeSize, ProcessorSharing cpu,
               ProcessorSharing disk, ProcessorSharing network, Registry registry, PullerConfig pullerConfig) {
        this.simulation = simulation;
        this.hostName = hostName;
        this.cpu = cpu;
        this.disk = disk;
        this.layers = new LayerCache(simulation, storeSize);
        this.puller = new ImagePuller(simulation, hostName, cpu, disk, network, registry, layers, pullerConfig);
    }

    LayerCache layers() {
        return layers;
    }

    /**
     * Makes the instance's image present, as {@code docker run}'s default {@code --pull=missing} does: an image
     * already on the host needs no registry round trip at all; otherwise only its missing layers are pulled. The
     * image is then pinned against eviction while the instance lives.
     */
    Completion<PullSummary> pullFor(Instance instance) {
        Image image = instance.image().orElseThrow(() ->
                new IllegalStateException(instance.id() + " has no image to pull"));
        if (layers.hasImage(image)) {
            Completion<PullSummary> present = simulation.completion();
            pin(instance, image);
            present.succeed(new PullSummary(image.reference(), image.layerCount(), image.layerCount(), 0, 0,
                    DataSize.ZERO, 0, 0));
            return present;
        }
        // the registry's wait for this pull: instance k's own draw when it varies, the same on every arm
        return puller.pull(image, puller.registry().manifestLatency(instance.index())).map(report -> {
            pin(instance, image);
            return summarise(report);
        });
    }

    private void pin(Instance instance, Image image) {
        if (instance.state().isLive() && !instance.pinsImage()) {
            layers.pin(image);
            instance.pinnedImage();
        }
    }

    /** The instance ended: its image may be evicted again. */
    void unpin(Instance instance) {
        if (instance.pinsImage()) {
            instance.image().ifPresent(layers::unpin);
        }
    }

    private static PullSummary summarise(PullReport report) {
        return new PullSummary(report.image().reference(), report.layersTotal(), report.layersCached(),
                report.layersAwaited(), report.layersDownloaded(), report.bytesDownloaded(), report.downloadNanos(),
                report.extractNanos(), Optional.of(report));
    }

    /** Tells {@code listener} how the queue of serialized pulls changes (nothing without serialized pulls). */
    void listenToPullQueue(FifoResource.QueueListener listener) {
        puller.setPullQueueListener(listener);
    }

    /** Pulls asked for here and not yet finished: with serialized pulls, how many a new one queues behind. */
    int pullsInProgress() {
        return puller.pullsInProgress();
    }

    /** A pull no instance asked for (a timeline's): of the image as the registry holds it. */
    Completion<PullReport> pull(Image image) {
        return puller.pull(puller.registry().realized(image), puller.registry().actionManifestLatency());
    }

    Completion<BuildReport> build(Dockerfile dockerfile, String tag) {
        if (builder == null) {
            builder = new ImageBuilder(simulation, hostName, cpu, disk, layers, new BuildCache());
        }
        return builder.build(dockerfile, tag);
    }
}
