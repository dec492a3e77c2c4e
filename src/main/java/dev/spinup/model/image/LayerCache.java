package dev.spinup.model.image;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataSize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One host's layer store: which layers are on disk (extracted, so they count at their uncompressed size), which
 * are pinned, and kubelet-style garbage collection of the rest in least-recently-used order.
 *
 * <p>A layer is pinned while a running container's image uses it ({@link #pin(Image)}) and while a pull or build
 * that needs it is in progress (the lease containerd takes for the same reason), and is never evicted while pinned,
 * nor before the policy's minimum age. When usage reaches the policy's high threshold after a layer is added, the
 * other layers go, least recently used first, until usage is at most the low threshold. Kubelet checks every five
 * minutes and evicts whole images; here the check follows every addition and works on layers, so a base layer that
 * any recently used image shares stays.
 */
public final class LayerCache {

    private final Simulation simulation;
    private final DataSize capacity;
    private final ImageGcPolicy policy;
    private final long minimumAgeNanos;
    /** Access-ordered: iteration starts at the least recently used layer. */
    private final LinkedHashMap<String, Entry> layers = new LinkedHashMap<>(64, 0.75f, true);
    /** Pins may precede presence: a pull leases the layers it is about to download. */
    private final Map<String, Integer> pins = new HashMap<>();
    private long usedBytes;
    private long evictedLayers;
    private long evictedBytes;
    private Consumer<LayerEviction> evictionListener = eviction -> { };

    private record Entry(ImageLayer layer, String origin, long storedAt) {
    }

    public LayerCache(Simulation simulation, DataSize capacity, ImageGcPolicy policy) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.minimumAgeNanos = SimTime.of(policy.minimumAge());
        if (capacity.isZero()) {
            throw new IllegalArgumentException("a layer store needs some capacity");
        }
    }

    /** A store with kubelet's defaults: collect at 85 %, down to 80 %, never layers younger than two minutes. */
    public LayerCache(Simulation simulation, DataSize capacity) {
        this(simulation, capacity, ImageGcPolicy.KUBELET_DEFAULT);
    }

    /** Told of every layer garbage collection removes. */
    public void setEvictionListener(Consumer<LayerEviction> listener) {
        this.evictionListener = Objects.requireNonNull(listener, "listener");
    }

    public DataSize capacity() {
        return capacity;
    }

    public ImageGcPolicy policy() {
        return policy;
    }

    public boolean contains(String digest) {
        return layers.containsKey(digest);
    }

    public int layerCount() {
        return layers.size();
    }

    public DataSize usedBytes() {
        return DataSize.ofBytes(usedBytes);
    }

    public double usedFraction() {
        return usedBytes / (double) capacity.bytes();
    }

    /** The image that first brought {@code digest} to this host, if the layer is here. */
    public Optional<String> origin(String digest) {
        Entry entry = layers.get(digest);
        return entry == null ? Optional.empty() : Optional.of(entry.origin());
    }

    /** The layers of {@code image} not on this host, base first; a query that does not count as a use. */
    public List<ImageLayer> missingLayers(Image image) {
        List<ImageLayer> missing = new ArrayList<>();
        for (ImageLayer layer : image.layers()) {
            if (!layers.containsKey(layer.digest())) {
                missing.add(layer);
            }
        }
        return missing;
    }

    /** Whether every layer of {@code image} is here, so kubelet's {@code IfNotPresent} would not pull it. */
    public boolean hasImage(Image image) {
        for (ImageLayer layer : image.layers()) {
            if (!layers.containsKey(layer.digest())) {
                return false;
            }
        }
        return true;
    }

    public int pinCount(String digest) {
        return pins.getOrDefault(digest, 0);
    }

    /**
     * Stores {@code layer} (brought by image {@code origin}), or marks it used if it is already here, then collects
     * garbage if usage reached the high threshold.
     *
     * @throws IllegalStateException "no space left on device" when the layer does not fit even after evicting
     *         every unpinned layer
     */
    public void add(ImageLayer layer, String origin) {
        Objects.requireNonNull(origin, "origin");
        if (layers.get(layer.digest()) != null) {
            return;
        }
        makeRoomFor(layer, origin);
        layers.put(layer.digest(), new Entry(layer, origin, simulation.now()));
        usedBytes += layer.uncompressed().bytes();
        collectGarbage();
    }

    /** Stores every layer of {@code image}, as if it had been pulled before the scenario starts. */
    public void preload(Image image) {
        for (ImageLayer layer : image.layers()) {
            lease(layer.digest());
        }
        try {
            for (ImageLayer layer : image.layers()) {
                add(layer, image.reference());
            }
            touch(image);
        } finally {
            for (ImageLayer layer : image.layers()) {
                release(layer.digest());
            }
        }
    }

    /**
     * Marks the layers of {@code image} that are here as just used. The top layer is marked first and the base
     * last, so a base is always at least as recent as the layers on it and LRU removes layers above before below.
     */
    public void touch(Image image) {
        List<ImageLayer> imageLayers = image.layers();
        for (int i = imageLayers.size() - 1; i >= 0; i--) {
            layers.get(imageLayers.get(i).digest());
        }
    }

    /** A container of {@code image} starts: its layers may not be evicted until {@link #unpin(Image)}. */
    public void pin(Image image) {
        List<ImageLayer> missing = missingLayers(image);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot run " + image.reference() + ": " + missing.size()
                    + " of its layers are not on this host (pull it first)");
        }
        touch(image);
        for (ImageLayer layer : image.layers()) {
            lease(layer.digest());
        }
    }

    /** A container of {@code image} stopped. */
    public void unpin(Image image) {
        for (ImageLayer layer : image.layers()) {
            release(layer.digest());
        }
    }

    /**
     * Runs image garbage collection now: if usage is at or above the high threshold, evicts unpinned layers old
     * enough to go, least recently used first, until usage is at most the low threshold or none is left.
     */
    public List<LayerEviction> collectGarbage() {
        if (usedBytes * 100 < policy.highThresholdPercent() * capacity.bytes()) {
            return List.of();
        }
        long target = policy.lowThresholdPercent() * capacity.bytes() / 100;
        return evictUntil(target);
    }

    public long evictedLayers() {
        return evictedLayers;
    }

    public DataSize evictedBytes() {
        return DataSize.ofBytes(evictedBytes);
    }

    /** A pull or build needs {@code digest} (present or not yet) to stay until {@link #release(String)}. */
    void lease(String digest) {
        pins.merge(digest, 1, Integer::sum);
    }

    void release(String digest) {
        Integer count = pins.get(digest);
        if (count == null) {
            throw new IllegalStateException("layer " + digest + " is not pinned");
        }
        if (count == 1) {
            pins.remove(digest);
        } else {
            pins.put(digest, count - 1);
        }
    }

    private void makeRoomFor(ImageLayer layer, String origin) {
        long size = layer.uncompressed().bytes();
        long limit = capacity.bytes() - size;
        if (usedBytes <= limit) {
            return;
        }
        long keptBytes = 0;
        for (Entry entry : layers.values()) {
            if (!isEvictable(entry)) {
                keptBytes += entry.layer().uncompressed().bytes();
            }
        }
        if (keptBytes > limit) {
            throw new IllegalStateException("no space left on device: layer " + layer.shortId() + " of " + origin
                    + " needs " + layer.uncompressed() + " but " + usedBytes() + " of " + capacity
                    + " is in use and " + DataSize.ofBytes(keptBytes) + " of it is pinned or too young to remove");
        }
        evictUntil(limit);
    }

    private boolean isEvictable(Entry entry) {
        return !pins.containsKey(entry.layer().digest())
                && simulation.now() - entry.storedAt() >= minimumAgeNanos;
    }

    private List<LayerEviction> evictUntil(long targetBytes) {
        List<LayerEviction> evicted = new ArrayList<>();
        Iterator<Entry> lru = layers.values().iterator();
        while (usedBytes > targetBytes && lru.hasNext()) {
            Entry entry = lru.next();
            if (!isEvictable(entry)) {
                continue;
            }
            lru.remove();
            long size = entry.layer().uncompressed().bytes();
            usedBytes -= size;
            evictedLayers++;
            evictedBytes += size;
            evicted.add(new LayerEviction(entry.layer(), entry.origin(), simulation.now()));
        }
        for (LayerEviction eviction : evicted) {
            evictionListener.accept(eviction);
        }
        return evicted;
    }
}
