package dev.spinup.model.image;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code docker build} on one host, with the build cache: steps run in order, and a step is taken from the cache
 * only if its key is there, its layer is still in the host's layer store, and every step before it was cached too.
 *
 * <p>An executed {@code RUN} is a CPU job of its {@code cpu} time (one core at most, if the host CPU caps jobs so)
 * and a disk write of its output, side by side, after its container started; a {@code COPY} is a disk write of its
 * size; an executed step that makes a layer also snapshots it; metadata steps and cached steps take no time of
 * their own. Around the steps BuildKit does its own work ({@link BuildKitCosts}): the definition, the base image's
 * metadata, the build context's new files, a cache check per step before them, the export after them. The base
 * image must already be on the host (pull it first). Layer digests derive from
 * the parent digest, the instruction and the content hash, so the same recipe always yields the same image.
 */
public final class ImageBuilder {

    /**
     * Compressed size over uncompressed size given to built layers, for when they are pushed and pulled elsewhere:
     * gzip typically shrinks a filesystem layer two- to threefold, an estimate [E].
     */
    public static final double DEFAULT_COMPRESSED_FRACTION = 0.4;

    private final Simulation simulation;
    private final String host;
    private final ProcessorSharing cpu;
    private final ProcessorSharing disk;
    private final LayerCache layers;
    private final BuildCache cache;
    private final double compressedFraction;
    private final BuildKitCosts costs;
    /** The context files this builder has been sent ("source@contents"): BuildKit sends only new ones. */
    private final Set<String> sentContext = new HashSet<>();

    /**
     * @param cpu the host's cores, in core-nanoseconds per nanosecond
     * @param disk the host's disk bandwidth, in bytes per nanosecond
     * @param layers the host's layer store, where the base must be and where built layers go
     */
    public ImageBuilder(Simulation simulation, String host, ProcessorSharing cpu, ProcessorSharing disk,
            LayerCache layers, BuildCache cache, double compressedFraction, BuildKitCosts costs) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.host = Objects.requireNonNull(host, "host");
        this.cpu = Objects.requireNonNull(cpu, "cpu");
        this.disk = Objects.requireNonNull(disk, "disk");
        this.layers = Objects.requireNonNull(layers, "layers");
        this.cache = Objects.requireNonNull(cache, "cache");
        if (!(compressedFraction > 0 && compressedFraction <= 1)) {
            throw new IllegalArgumentException("compressed fraction must be in (0, 1], was " + compressedFraction);
        }
        this.compressedFraction = compressedFraction;
        this.costs = Objects.requireNonNull(costs, "costs");
    }

    public ImageBuilder(Simulation simulation, String host, ProcessorSharing cpu, ProcessorSharing disk,
            LayerCache layers, BuildCache cache) {
        this(simulation, host, cpu, disk, layers, cache, DEFAULT_COMPRESSED_FRACTION, BuildKitCosts.DEFAULT);
    }

    public BuildCache cache() {
        return cache;
    }

    /** Builds {@code dockerfile} and tags the result {@code tag}; fails if the base image is not on the host. */
    public Completion<BuildReport> build(Dockerfile dockerfile, String tag) {
        Objects.requireNonNull(dockerfile, "dockerfile");
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a build needs a tag");
        }
        Completion<BuildReport> result = simulation.completion();
        Image base = dockerfile.base();
        if (!layers.hasImage(base)) {
            result.fail(new IllegalStateException("cannot build " + tag + " on " + host + ": base image "
                    + base.reference() + " is not on this host (pull it first)"));
            return result;
        }
        DataSize newContext = DataSize.ZERO;
        for (BuildStep step : dockerfile.steps()) {
            if (step instanceof BuildStep.Copy copy && sentContext.add(copy.source() + "@" + copy.contentHash())) {
                newContext = newContext.plus(copy.size());
            }
        }
        Build build = new Build(dockerfile, tag, result);
        long prepare = costs.prepareNanos(newContext, dockerfile.steps().size());
        build.buildKitNanos += prepare;
        simulation.delay(prepare, BUILDKIT).whenDone(done -> build.next());
        return result;
    }

    private static final EventKind BUILDKIT = EventKind.of("build: BuildKit's own work");
    private static final EventKind STEP_SETUP = EventKind.of("build: step snapshot or container");

    /** One build in progress. */
    private final class Build {
        private final Dockerfile dockerfile;
        private final String tag;
        private final Completion<BuildReport> result;
        private final long startedAt = simulation.now();
        private final List<ImageLayer> imageLayers;
        private final List<StepResult> steps = new ArrayList<>();
        private final List<String> leases = new ArrayList<>();
        private String parent;
        private boolean cachedSoFar = true;
        /** BuildKit's own work so far, outside the steps. */
        private long buildKitNanos;

        Build(Dockerfile dockerfile, String tag, Completion<BuildReport> result) {
            this.dockerfile = dockerfile;
            this.tag = tag;
            this.result = result;
            this.imageLayers = new ArrayList<>(dockerfile.base().layers());
            this.parent = dockerfile.base().topDigest().orElse("");
            layers.touch(dockerfile.base());
            for (ImageLayer layer : imageLayers) {
                lease(layer.digest());
            }
        }

        /** Takes cached steps at once and starts the first step that must execute, or finishes. */
        void next() {
            while (steps.size() < dockerfile.steps().size()) {
                BuildStep step = dockerfile.steps().get(steps.size());
                BuildCache.Key key = new BuildCache.Key(parent, step.instruction(), step.contentHash());
                cachedSoFar = cachedSoFar && isCacheHit(key);
                if (!cachedSoFar) {
                    execute(step, key);
                    return;
                }
                Optional<ImageLayer> layer = cache.layer(key);
                layer.ifPresent(this::keep);
                finishStep(step, key, StepOutcome.CACHED, simulation.now(), layer);
            }
            long export = costs.export().value().toNanos();
            buildKitNanos += export;
            simulation.delay(export, BUILDKIT).whenDone(done -> {
                Image image = new Image(tag, imageLayers);
                layers.touch(image);
                releaseLeases();
                result.succeed(new BuildReport(tag, host, image, startedAt, simulation.now(), steps, buildKitNanos));
            });
        }

        /** A hit needs the key and, for a step that made a layer, that layer still in the store. */
        private boolean isCacheHit(BuildCache.Key key) {
            return cache.contains(key) && cache.layer(key).map(l -> layers.contains(l.digest())).orElse(true);
        }

        private void execute(BuildStep step, BuildCache.Key key) {
            long began = simulation.now();
            simulation.delay(costs.executeNanos(step), STEP_SETUP).whenDone(ready -> work(step, key, began));
        }

        private void work(BuildStep step, BuildCache.Key key, long began) {
            List<Completion<ProcessorSharing.Job>> work = new ArrayList<>(2);
            if (!step.cpuTime().isZero()) {
                work.add(cpu.submit(step.cpuTime().toNanos()).completion());
            }
            step.layerSize().ifPresent(size -> work.add(disk.submit(size.bytes()).completion()));
            Completion.allOf(simulation, work).whenDone(done -> {
                if (done.isFailed()) {
                    fail(done.failure());
                    return;
                }
                Optional<ImageLayer> layer = step.layerSize().map(size ->
                        new ImageLayer(key.resultDigest(), size.times(compressedFraction), size, step.instruction()));
                try {
                    layer.ifPresent(this::keep);
                } catch (IllegalStateException noSpace) {
                    fail(noSpace);
                    return;
                }
                cache.record(key, layer);
                finishStep(step, key, StepOutcome.EXECUTED, began, layer);
                next();
            });
        }

        private void finishStep(BuildStep step, BuildCache.Key key, StepOutcome outcome, long began,
                Optional<ImageLayer> layer) {
            layer.ifPresent(imageLayers::add);
            parent = key.resultDigest();
            steps.add(new StepResult(steps.size() + 1, step, outcome, began, simulation.now(), layer));
        }

        /** Pins the layer for the rest of the build, then stores it (or marks it used if it is there). */
        private void keep(ImageLayer layer) {
            lease(layer.digest());
            layers.add(layer, tag);
        }

        private void lease(String digest) {
            layers.lease(digest);
            leases.add(digest);
        }

        private void releaseLeases() {
            for (String digest : leases) {
                layers.release(digest);
            }
            leases.clear();
        }

        private void fail(Throwable cause) {
            releaseLeases();
            result.fail(cause);
        }
    }
}
