package dev.spinup.model.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random families of images (a tree of layers, each image a path from a root layer up, so images share bases as
 * real ones do), a random set of images already on the host, and pulls at random (often equal) times: whatever
 * the interleaving, each missing layer crosses the registry link exactly once and a pull fetches only what was
 * missing and not already being fetched.
 */
class ImagePullProperties {

    private static final int POOL = 8;
    private static final EventKind PULL = EventKind.of("test: pull requested");

    /** {@code parentChoice} picks the layer below: none, or one of the layers before this one in the pool. */
    record Layer(long compressed, int expansion, int parentChoice) {
    }

    record Pull(int image, long atMillis) {
    }

    /** {@code images} and {@code preloaded} name pool layers: each stands for the image whose top layer it is. */
    record Case(List<Layer> pool, List<Integer> images, Set<Integer> preloaded, List<Pull> pulls,
            int maxDownloads, boolean serialize, long manifestMillis) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Layer> layer = Combinators.combine(Arbitraries.longs().between(1, 40_000_000),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 1000)).as(Layer::new);
        Arbitrary<Integer> top = Arbitraries.integers().between(0, POOL - 1);
        Arbitrary<Long> when = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(7, Arbitraries.longs().between(0, 400)));
        Arbitrary<Pull> pull = Combinators.combine(Arbitraries.integers().between(0, 3), when).as(Pull::new);
        return Combinators.combine(layer.list().ofSize(POOL), top.list().ofSize(4), top.set().ofMaxSize(3),
                pull.list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(1, 4), Arbitraries.of(false, false, true),
                Arbitraries.longs().between(0, 500)).as(Case::new);
    }

    @Property(tries = 250)
    void eachMissingLayerIsDownloadedOnceAndEveryPullEndsWithItsWholeImageCached(@ForAll("cases") Case c) {
        Simulation sim = new Simulation();
        Registry registry = new Registry(sim, new RegistrySpec("r", DataRate.ofGigabitsPerSecond(10),
                Duration.ofMillis(c.manifestMillis())));
        TestHost host = new TestHost(sim, "node", 4, DataRate.ofMegabytesPerSecond(500),
                DataRate.ofGigabitsPerSecond(1), DataSize.ofGB(100), registry,
                new PullerConfig(c.maxDownloads(), PullerConfig.DEFAULT_EXTRACT_RATE, c.serialize()));
        List<ImageLayer> pool = new ArrayList<>();
        List<List<ImageLayer>> chains = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            Layer spec = c.pool().get(i);
            int parent = spec.parentChoice() % (i + 1) - 1;
            List<ImageLayer> chain = new ArrayList<>(parent < 0 ? List.of() : chains.get(parent));
            String parentDigest = parent < 0 ? "" : pool.get(parent).digest();
            ImageLayer added = ImageLayer.derived(parentDigest, "RUN step-" + i, "",
                    DataSize.ofBytes(spec.compressed()), DataSize.ofBytes(spec.compressed() * spec.expansion()));
            pool.add(added);
            chain.add(added);
            chains.add(chain);
        }
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < c.images().size(); i++) {
            images.add(new Image("image-" + i, chains.get(c.images().get(i))));
        }
        Set<String> initiallyCached = new HashSet<>();
        for (int top : c.preloaded()) {
            Image image = new Image("preloaded-" + top, chains.get(top));
            host.cache.preload(image);
            initiallyCached.addAll(digests(image.layers()));
        }

        List<PullReport> reports = new ArrayList<>();
        Map<PullReport, Set<String>> missingAtRequest = new HashMap<>();
        for (Pull pull : c.pulls()) {
            Image image = images.get(pull.image());
            sim.scheduleAt(SimTime.ofMillis(pull.atMillis()), Priority.NORMAL, PULL, () -> {
                Set<String> missing = digests(host.cache.missingLayers(image));
                host.puller.pull(image).whenDone(done -> {
                    PullReport report = done.value();
                    for (ImageLayer layer : image.layers()) {
                        assertTrue(host.cache.contains(layer.digest()), "after the pull every layer is cached");
                    }
                    reports.add(report);
                    missingAtRequest.put(report, missing);
                });
            });
        }
        sim.run();
        assertEquals(c.pulls().size(), reports.size());

        Set<ImageLayer> needed = new HashSet<>();
        for (Pull pull : c.pulls()) {
            for (ImageLayer layer : images.get(pull.image()).layers()) {
                if (!initiallyCached.contains(layer.digest())) {
                    needed.add(layer);
                }
            }
        }
        long neededBytes = needed.stream().mapToLong(l -> l.compressed().bytes()).sum();
        assertEquals(neededBytes, registry.bytesSent(), "each missing layer crossed the registry link once");
        assertEquals(needed.size(), registry.blobsSent());

        Set<String> downloadedSomewhere = new HashSet<>();
        for (PullReport report : reports) {
            long downloaded = 0;
            long missingBytes = 0;
            long awaitedBytes = 0;
            long cachedMeanwhileBytes = 0;
            Set<String> missing = missingAtRequest.get(report);
            for (LayerPull layer : report.layers()) {
                String digest = layer.layer().digest();
                long bytes = layer.layer().compressed().bytes();
                if (missing.contains(digest)) {
                    missingBytes += bytes;
                } else {
                    assertEquals(LayerSource.CACHED, layer.source(), "a layer cached at request time costs nothing");
                }
                switch (layer.source()) {
                    case DOWNLOADED -> {
                        downloaded += bytes;
                        assertTrue(downloadedSomewhere.add(digest), "no layer is downloaded twice");
                    }
                    case AWAITED -> awaitedBytes += bytes;
                    case CACHED -> cachedMeanwhileBytes += missing.contains(digest) ? bytes : 0;
                }
                assertTrue(layer.downloadStartedAt() <= layer.arrivedAt()
                        && layer.arrivedAt() <= layer.extractionStartedAt()
                        && layer.extractionStartedAt() <= layer.readyAt()
                        && layer.readyAt() <= report.finishedAt());
            }
            assertEquals(downloaded, report.bytesDownloaded().bytes());
            assertEquals(missingBytes - awaitedBytes - cachedMeanwhileBytes, report.bytesDownloaded().bytes(),
                    "downloaded = missing at pull time, less what another pull fetched");
            if (overlapsNoOther(report, reports)) {
                assertEquals(missingBytes, report.bytesDownloaded().bytes(), "a pull on its own fetches all missing");
            }
            for (int k = 1; k < report.layers().size(); k++) {
                LayerPull below = report.layers().get(k - 1);
                LayerPull layer = report.layers().get(k);
                assertTrue(layer.extractionStartedAt() >= below.readyAt(), "layers are ready strictly in order");
                assertTrue(below.source() == LayerSource.CACHED || layer.source() != LayerSource.CACHED,
                        "a host never holds a layer without the layers below it, so cached layers are the bottom ones");
            }
        }
        assertEquals(digests(needed), downloadedSomewhere);
        assertEquals(0, host.puller.layersInFlight());
        assertEquals(0, host.puller.pullsInProgress());
        pool.forEach(l -> assertEquals(0, host.cache.pinCount(l.digest()), "every lease was given back"));
    }

    private static Set<String> digests(Iterable<ImageLayer> layers) {
        Set<String> digests = new HashSet<>();
        layers.forEach(l -> digests.add(l.digest()));
        return digests;
    }

    private static boolean overlapsNoOther(PullReport report, List<PullReport> all) {
        for (PullReport other : all) {
            if (other != report && other.requestedAt() <= report.finishedAt()
                    && report.requestedAt() <= other.finishedAt()) {
                return false;
            }
        }
        return true;
    }
}
