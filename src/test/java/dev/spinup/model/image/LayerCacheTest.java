package dev.spinup.model.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerCacheTest {

    private final Simulation sim = new Simulation();
    /** 100 MB with kubelet's thresholds (collect at 85 MB, down to 80 MB) but no minimum age. */
    private final LayerCache cache = new LayerCache(sim, DataSize.ofMB(100), new ImageGcPolicy(85, 80, Duration.ZERO));
    private final List<LayerEviction> evictions = new ArrayList<>();

    LayerCacheTest() {
        cache.setEvictionListener(evictions::add);
    }

    private static Image image(String reference, long megabytes) {
        return Image.builder(reference).layer("ADD " + reference, DataSize.ofMB(megabytes / 2.0),
                DataSize.ofMB(megabytes)).build();
    }

    private static String digest(Image image) {
        return image.layers().get(0).digest();
    }

    @Test
    void reachingTheHighThresholdEvictsLeastRecentlyUsedUnpinnedLayersDownToTheLowOne() {
        Image a = image("a", 30);
        Image b = image("b", 20);
        Image c = image("c", 20);
        Image d = image("d", 10);
        for (Image image : List.of(a, b, c, d)) {
            cache.preload(image);
        }
        assertEquals(DataSize.ofMB(80), cache.usedBytes(), "80 % is below the high threshold");
        assertTrue(evictions.isEmpty());
        cache.pin(b);   // a running container uses b
        cache.touch(a); // a was just used: LRU order is now b, c, d, a

        cache.preload(image("e", 5)); // 85 MB: at the high threshold, so collect down to 80 MB

        assertEquals(List.of("c"), evictions.stream().map(LayerEviction::origin).toList(),
                "b is older but pinned; c is the least recently used unpinned layer, and freeing it is enough");
        assertEquals(DataSize.ofMB(65), cache.usedBytes());
        assertTrue(cache.contains(digest(b)) && cache.contains(digest(a)) && cache.contains(digest(d)));
        assertFalse(cache.contains(digest(c)));
        assertEquals(1, cache.evictedLayers());
        assertEquals(DataSize.ofMB(20), cache.evictedBytes());

        cache.preload(image("f", 20)); // 85 MB again; LRU order b, d, a, e, f: b is pinned, d goes
        assertEquals(List.of("c", "d"), evictions.stream().map(LayerEviction::origin).toList());
        assertEquals(DataSize.ofMB(75), cache.usedBytes());
        assertTrue(cache.contains(digest(b)) && cache.contains(digest(a)));
    }

    @Test
    void pinnedLayersAreNeverEvictedAndAFullStoreRefusesNewLayers() {
        Image a = image("a", 50);
        Image b = image("b", 30);
        cache.preload(a);
        cache.pin(a);
        cache.preload(b);
        cache.pin(b);
        cache.preload(image("c", 10)); // 90 %, but c is protected while it is being stored, as in a pull
        assertTrue(evictions.isEmpty());
        assertEquals(List.of("c"), cache.collectGarbage().stream().map(LayerEviction::origin).toList(),
                "at the next collection c is the only unpinned layer, so it goes although it is the newest");
        assertEquals(DataSize.ofMB(80), cache.usedBytes());

        IllegalStateException full = assertThrows(IllegalStateException.class, () -> cache.preload(image("d", 25)));
        assertTrue(full.getMessage().contains("no space left on device"), full.getMessage());
        assertEquals(1, evictions.size(), "nothing pinned was removed to make room");

        cache.unpin(b); // b's container stopped
        cache.preload(image("d", 25)); // fits once b goes; 75 MB is under the threshold
        assertEquals(List.of("c", "b"), evictions.stream().map(LayerEviction::origin).toList());
        assertEquals(DataSize.ofMB(75), cache.usedBytes());
        assertTrue(cache.contains(digest(a)));
    }

    @Test
    void layersYoungerThanTheMinimumAgeSurviveCollectionAsKubeletsImageMinimumGcAge() {
        LayerCache kubelet = new LayerCache(sim, DataSize.ofMB(100));
        kubelet.setEvictionListener(evictions::add);
        kubelet.preload(image("a", 50));
        sim.runUntil(3 * SimTime.MINUTE);
        kubelet.preload(image("b", 40)); // 90 %: a is three minutes old and goes
        assertEquals(List.of("a"), evictions.stream().map(LayerEviction::origin).toList());
        kubelet.preload(image("c", 50)); // 90 % again, but b and c were stored just now
        assertEquals(1, evictions.size());
        assertEquals(DataSize.ofMB(90), kubelet.usedBytes());

        sim.runUntil(6 * SimTime.MINUTE);
        assertEquals(List.of("b"), kubelet.collectGarbage().stream().map(LayerEviction::origin).toList());
        assertEquals(DataSize.ofMB(50), kubelet.usedBytes());
        assertEquals(6 * SimTime.MINUTE, evictions.get(1).atNanos());
    }

    @Test
    void theLayersOfAnImageGoBeforeTheBaseTheySitOn() {
        Image base = image("base", 40);
        Image app = Image.builder("app", base).layer("COPY app", DataSize.ofMB(5), DataSize.ofMB(10)).build();
        cache.preload(app);
        cache.preload(image("x", 20));
        cache.preload(image("y", 15)); // 85 %: LRU order is app's top layer, base, x, y

        assertEquals(List.of("COPY app"), evictions.stream().map(e -> e.layer().createdBy()).toList(),
                "a use marks the base after the layers on it, so it is never older than they are");
        assertTrue(cache.contains(digest(base)));
        assertEquals(DataSize.ofMB(75), cache.usedBytes());
    }

    @Test
    void pinningCountsContainersAndNeedsTheLayersPresent() {
        Image a = image("a", 10);
        assertThrows(IllegalStateException.class, () -> cache.pin(a));
        cache.preload(a);
        cache.pin(a);
        cache.pin(a);
        assertEquals(2, cache.pinCount(digest(a)));
        cache.unpin(a);
        cache.unpin(a);
        assertEquals(0, cache.pinCount(digest(a)));
        assertThrows(IllegalStateException.class, () -> cache.unpin(a));
    }

    @Test
    void missingLayersListsWhatAPullWouldFetchInLayerOrder() {
        Image base = image("base", 10);
        Image app = Image.builder("app", base).layer("RUN one", DataSize.ofMB(1), DataSize.ofMB(2))
                .layer("RUN two", DataSize.ofMB(1), DataSize.ofMB(2)).build();
        cache.preload(base);
        assertEquals(app.layers().subList(1, 3), cache.missingLayers(app));
        assertFalse(cache.hasImage(app));
        assertEquals("base", cache.origin(digest(base)).orElseThrow());
        cache.preload(app);
        assertTrue(cache.missingLayers(app).isEmpty());
        assertEquals("base", cache.origin(digest(base)).orElseThrow(), "the first image to bring a layer keeps it");
        assertEquals(DataSize.ofMB(14), cache.usedBytes(), "layers count once, uncompressed");
    }

    @Test
    void thresholdsMustBeOrderedPercentages() {
        assertThrows(IllegalArgumentException.class, () -> new ImageGcPolicy(80, 85, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ImageGcPolicy(101, 80, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ImageGcPolicy(85, 80, Duration.ofSeconds(-1)));
        assertEquals(new ImageGcPolicy(85, 80, Duration.ofMinutes(2)), ImageGcPolicy.KUBELET_DEFAULT);
    }
}
