package dev.spinup.model.image;

import dev.spinup.engine.Completion;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One host's image puller (the container engine's side of {@code docker pull}): fetches the manifest, downloads
 * only the layers the host lacks, a few at a time, and extracts them one after another in layer order.
 *
 * <p>Pull time is roughly {@code manifest + downloads sharing bandwidth (N at a time) + serial extraction}, with
 * downloads and extraction overlapping: layer k is extracted once it has arrived and layer k−1 is extracted.
 *
 * <ul>
 *   <li>A download is a job of {@code compressed} bytes on both the registry's egress link and this host's NIC,
 *       done when both have served it. Each link shares itself fairly among its own jobs, independently of the
 *       other; a real flow moves at the smaller of its two shares and leaves the rest of the faster link to others
 *       (max-min fairness). The two agree when only one flow is active or when the same link is every flow's
 *       bottleneck; otherwise this is an approximation.</li>
 *   <li>Extraction of a layer is a CPU job of {@code uncompressed / extractRate} core-nanoseconds on the host CPU
 *       and a write of {@code uncompressed} bytes to the host disk, side by side (decompression streams into the
 *       writes); done when both are. The CPU resource should cap each job at one core, as gzip is single-threaded.</li>
 *   <li>A layer another pull on this host is already fetching is waited for, not fetched twice; it counts as ready
 *       for this pull once the other pull has stored it.</li>
 * </ul>
 */
public final class ImagePuller {

    /** A layer being fetched by some pull on this host; {@code ready} succeeds once it is in the store. */
    record InFlightLayer(String owner, Completion<Void> ready) {
    }

    private final Simulation simulation;
    private final String host;
    private final ProcessorSharing cpu;
    private final ProcessorSharing disk;
    private final ProcessorSharing nic;
    private final Registry registry;
    private final LayerCache cache;
    private final PullerConfig config;
    private final FifoResource pullSlot;
    private final Map<String, InFlightLayer> inFlight = new HashMap<>();
    private int pullsInProgress;
    private long pullsCompleted;

    /**
     * @param cpu the host's cores, in core-nanoseconds per nanosecond, ideally capped at one core per job
     * @param disk the host's disk bandwidth, in bytes per nanosecond
     * @param nic the host's network bandwidth, in bytes per nanosecond
     * @param registry the registry {@link #pull(Image)} pulls from
     */
    public ImagePuller(Simulation simulation, String host, ProcessorSharing cpu, ProcessorSharing disk,
            ProcessorSharing nic, Registry registry, LayerCache cache, PullerConfig config) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.host = Objects.requireNonNull(host, "host");
        this.cpu = Objects.requireNonNull(cpu, "cpu");
        this.disk = Objects.requireNonNull(disk, "disk");
        this.nic = Objects.requireNonNull(nic, "nic");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.config = Objects.requireNonNull(config, "config");
        this.pullSlot = config.serializeImagePulls() ? new FifoResource(simulation, host + " image pulls", 1) : null;
    }

    /** Pulls {@code image} from this puller's registry. */
    public Completion<PullReport> pull(Image image) {
        return pull(image, registry);
    }

    /** Pulls {@code image} from {@code source} (a mirror, say); the report says what each layer cost. */
    public Completion<PullReport> pull(Image image, Registry source) {
        return pull(image, source, source.spec().manifestLatency());
    }

    /** Pulls {@code image} from this puller's registry, its token and manifest taking {@code manifest}. */
    public Completion<PullReport> pull(Image image, Duration manifest) {
        return pull(image, registry, manifest);
    }

    private Completion<PullReport> pull(Image image, Registry source, Duration manifest) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(source, "source");
        PullRun run = new PullRun(this, image, source, simulation.now(), manifest);
        pullsInProgress++;
        if (pullSlot == null) {
            return run.start();
        }
        // The slot's own release callback observes the held result; mapping hands the caller a fresh completion so
        // that a failed pull nobody waits for still stops the run.
        return pullSlot.hold(run::start).map(Function.identity());
    }

    /** Tells {@code listener} how the queue of serialized pulls changes; without serialized pulls there is none. */
    public void setPullQueueListener(FifoResource.QueueListener listener) {
        if (pullSlot != null) {
            pullSlot.setQueueListener(listener);
        }
    }

    public String host() {
        return host;
    }

    public LayerCache cache() {
        return cache;
    }

    public Registry registry() {
        return registry;
    }

    public PullerConfig config() {
        return config;
    }

    /** Pulls asked for and not yet finished, including those queued for the pull slot. */
    public int pullsInProgress() {
        return pullsInProgress;
    }

    public long pullsCompleted() {
        return pullsCompleted;
    }

    /** Layers some pull on this host is fetching right now. */
    public int layersInFlight() {
        return inFlight.size();
    }

    Simulation simulation() {
        return simulation;
    }

    ProcessorSharing cpu() {
        return cpu;
    }

    ProcessorSharing disk() {
        return disk;
    }

    ProcessorSharing nic() {
        return nic;
    }

    Map<String, InFlightLayer> inFlight() {
        return inFlight;
    }

    void pullEnded(boolean succeeded) {
        pullsInProgress--;
        if (succeeded) {
            pullsCompleted++;
        }
    }
}
