package dev.spinup.model.image;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One pull in progress: a small state machine over an image's layers, moved on by engine callbacks.
 *
 * <p>State lives in a few arrays indexed by layer rather than in an object per layer, so that a million pulls stay
 * cheap. Every layer is classified once, when the manifest arrives; a pull only ever awaits layers claimed by pulls
 * whose manifests arrived earlier, so waits cannot form a cycle.
 */
final class PullRun {

    private static final EventKind MANIFEST = EventKind.of("image: token and manifest");
    private static final LayerSource[] SOURCES = LayerSource.values();
    /** Per-layer instants, four to a layer: download started, arrived, extraction started, ready. */
    private static final int DOWNLOAD_STARTED = 0;
    private static final int ARRIVED = 1;
    private static final int EXTRACTION_STARTED = 2;
    private static final int READY = 3;

    private final ImagePuller puller;
    private final Simulation simulation;
    private final Image image;
    private final List<ImageLayer> layers;
    private final Registry registry;
    private final long requestedAt;
    /** This pull's token-and-manifest wait (its own draw, when the registry's varies). */
    private final Duration manifest;
    private final Completion<PullReport> result;
    private final int count;
    private final byte[] sources;
    private final String[] origins;
    private final long[] instants;
    private final boolean[] arrived;

    /** Created only when the pull downloads something. */
    private ImagePuller.InFlightLayer[] owned;
    private ProcessorSharing.Job[] downloadJobs;
    private int[] downloadQueue;
    private int queued;
    private int nextToDownload;
    private int activeDownloads;

    private int nextToExtract;
    private ProcessorSharing.Job extractionCpu;
    private ProcessorSharing.Job extractionDisk;
    private long startedAt;
    private long manifestDoneAt;
    private boolean leased;
    private boolean failed;

    PullRun(ImagePuller puller, Image image, Registry registry, long requestedAt, Duration manifest) {
        this.manifest = manifest;
        this.puller = puller;
        this.simulation = puller.simulation();
        this.image = image;
        this.layers = image.layers();
        this.registry = registry;
        this.requestedAt = requestedAt;
        this.result = simulation.completion();
        this.count = layers.size();
        this.sources = new byte[count];
        this.origins = new String[count];
        this.instants = new long[4 * count];
        this.arrived = new boolean[count];
    }

    Completion<PullReport> start() {
        startedAt = simulation.now();
        simulation.delay(SimTime.of(manifest), MANIFEST).whenDone(done -> classifyLayers());
        return result;
    }

    private void classifyLayers() {
        long now = simulation.now();
        manifestDoneAt = now;
        LayerCache cache = puller.cache();
        Map<String, ImagePuller.InFlightLayer> inFlight = puller.inFlight();
        leased = true;
        for (int i = 0; i < count; i++) {
            String digest = layers.get(i).digest();
            cache.lease(digest);
            instants[4 * i + DOWNLOAD_STARTED] = now;
            if (cache.contains(digest)) {
                sources[i] = (byte) LayerSource.CACHED.ordinal();
                origins[i] = cache.origin(digest).orElseThrow();
                arrived[i] = true;
                instants[4 * i + ARRIVED] = now;
                instants[4 * i + EXTRACTION_STARTED] = now;
                instants[4 * i + READY] = now;
                continue;
            }
            ImagePuller.InFlightLayer other = inFlight.get(digest);
            int index = i;
            if (other != null) {
                sources[i] = (byte) LayerSource.AWAITED.ordinal();
                origins[i] = other.owner();
                other.ready().whenDone(done -> awaited(index, done));
                continue;
            }
            sources[i] = (byte) LayerSource.DOWNLOADED.ordinal();
            origins[i] = image.reference();
            ImagePuller.InFlightLayer mine = new ImagePuller.InFlightLayer(image.reference(), simulation.completion());
            inFlight.put(digest, mine);
            mine.ready().whenDone(done -> inFlight.remove(digest, mine));
            claim(index, mine);
        }
        startDownloads();
        advanceExtraction();
    }

    private void claim(int index, ImagePuller.InFlightLayer layer) {
        if (owned == null) {
            owned = new ImagePuller.InFlightLayer[count];
            downloadJobs = new ProcessorSharing.Job[2 * count];
            downloadQueue = new int[count];
        }
        owned[index] = layer;
        downloadQueue[queued++] = index;
    }

    private void startDownloads() {
        int limit = puller.config().maxConcurrentDownloads();
        while (!failed && activeDownloads < limit && nextToDownload < queued) {
            int index = downloadQueue[nextToDownload++];
            activeDownloads++;
            instants[4 * index + DOWNLOAD_STARTED] = simulation.now();
            long bytes = layers.get(index).compressed().bytes();
            ProcessorSharing.Job egress = registry.send(bytes);
            ProcessorSharing.Job nic = puller.nic().submit(bytes);
            downloadJobs[2 * index] = egress;
            downloadJobs[2 * index + 1] = nic;
            Completion.allOf(simulation, List.of(egress.completion(), nic.completion()))
                    .whenDone(done -> downloaded(index, done));
        }
    }

    private void downloaded(int index, Completion<Void> done) {
        if (failed) {
            return;
        }
        if (done.isFailed()) {
            fail(done.failure());
            return;
        }
        activeDownloads--;
        downloadJobs[2 * index] = null;
        downloadJobs[2 * index + 1] = null;
        arrive(index);
        startDownloads();
        advanceExtraction();
    }

    private void awaited(int index, Completion<Void> done) {
        if (failed) {
            return;
        }
        if (done.isFailed()) {
            fail(new IllegalStateException("layer " + layers.get(index).shortId() + " was being pulled for "
                    + origins[index] + ", and that pull failed", done.failure()));
            return;
        }
        arrive(index);
        instants[4 * index + EXTRACTION_STARTED] = simulation.now();
        instants[4 * index + READY] = simulation.now();
        advanceExtraction();
    }

    private void arrive(int index) {
        arrived[index] = true;
        instants[4 * index + ARRIVED] = simulation.now();
    }

    /** Extracts layers strictly in order: each after its own arrival and its parent's extraction. */
    private void advanceExtraction() {
        while (!failed && extractionCpu == null && nextToExtract < count && arrived[nextToExtract]) {
            if (sources[nextToExtract] == LayerSource.DOWNLOADED.ordinal()) {
                startExtraction(nextToExtract);
            } else {
                nextToExtract++;
            }
        }
        if (!failed && extractionCpu == null && nextToExtract == count && !result.isDone()) {
            finish();
        }
    }

    private void startExtraction(int index) {
        instants[4 * index + EXTRACTION_STARTED] = simulation.now();
        long bytes = layers.get(index).uncompressed().bytes();
        extractionCpu = puller.cpu().submit(bytes / puller.config().extractRate().bytesPerNano());
        extractionDisk = puller.disk().submit(bytes);
        Completion.allOf(simulation, List.of(extractionCpu.completion(), extractionDisk.completion()))
                .whenDone(done -> extracted(index, done));
    }

    private void extracted(int index, Completion<Void> done) {
        if (failed) {
            return;
        }
        if (done.isFailed()) {
            fail(done.failure());
            return;
        }
        extractionCpu = null;
        extractionDisk = null;
        instants[4 * index + READY] = simulation.now();
        try {
            puller.cache().add(layers.get(index), image.reference());
        } catch (IllegalStateException noSpace) {
            fail(noSpace);
            return;
        }
        owned[index].ready().succeed(null);
        nextToExtract++;
        advanceExtraction();
    }

    private void finish() {
        releaseLeases();
        puller.cache().touch(image);
        List<LayerPull> outcome = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            outcome.add(new LayerPull(layers.get(i), SOURCES[sources[i]], origins[i],
                    instants[4 * i + DOWNLOAD_STARTED], instants[4 * i + ARRIVED],
                    instants[4 * i + EXTRACTION_STARTED], instants[4 * i + READY]));
        }
        puller.pullEnded(true);
        result.succeed(new PullReport(image, puller.host(), registry.name(), requestedAt, startedAt, manifestDoneAt,
                simulation.now(), outcome));
    }

    /** Stops every transfer of this pull, fails the layers it had claimed (and so their waiters) and itself. */
    private void fail(Throwable cause) {
        failed = true;
        String reason = "pull of " + image.reference() + " on " + puller.host() + " failed";
        if (downloadJobs != null) {
            for (ProcessorSharing.Job job : downloadJobs) {
                if (job != null) {
                    job.cancel(reason);
                }
            }
        }
        if (extractionCpu != null) {
            extractionCpu.cancel(reason);
            extractionDisk.cancel(reason);
        }
        if (owned != null) {
            for (ImagePuller.InFlightLayer layer : owned) {
                if (layer != null && !layer.ready().isDone()) {
                    layer.ready().fail(new IllegalStateException(reason, cause));
                }
            }
        }
        releaseLeases();
        puller.pullEnded(false);
        result.fail(cause);
    }

    private void releaseLeases() {
        if (!leased) {
            return;
        }
        leased = false;
        for (ImageLayer layer : layers) {
            puller.cache().release(layer.digest());
        }
    }
}
