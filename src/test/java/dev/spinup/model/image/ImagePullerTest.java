package dev.spinup.model.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.Completion;
import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pull times worked out by hand from sizes and rates. The rates are chosen so that every share is an exact binary
 * fraction (750 MB/s shared by 3 is 0.25 B/ns), so the engine's nanosecond clock gives the arithmetic exactly.
 */
class ImagePullerTest {

    private static final Duration MANIFEST = Duration.ofMillis(200);
    /** 0.75 bytes per ns; a third of it is 0.25, half is 0.375. */
    private static final DataRate NIC = DataRate.ofMegabytesPerSecond(750);
    /** 0.25 bytes per core-ns: extracting u bytes costs 4u core-ns. */
    private static final DataRate EXTRACT = DataRate.ofMegabytesPerSecond(250);
    /** 0.5 bytes per ns: writing u bytes takes 2u ns, less than the CPU part, so the CPU sets extraction time. */
    private static final DataRate DISK = DataRate.ofMegabytesPerSecond(500);
    private static final DataRate FAST_REGISTRY = DataRate.ofGigabitsPerSecond(48);
    private static final PullerConfig DOCKER = new PullerConfig(3, EXTRACT, false);
    private static final DataSize STORAGE = DataSize.ofGB(100);

    private final Simulation sim = new Simulation();

    private Registry registry(DataRate egress) {
        return new Registry(sim, new RegistrySpec("registry.test", egress, MANIFEST));
    }

    private TestHost host(String name, Registry registry, PullerConfig config) {
        return new TestHost(sim, name, 4, DISK, NIC, STORAGE, registry, config);
    }

    private static Image image(String reference, long[] compressed, long[] uncompressed) {
        Image.Builder builder = Image.builder(reference);
        for (int i = 0; i < compressed.length; i++) {
            builder.layer("RUN step " + i, DataSize.ofBytes(compressed[i]), DataSize.ofBytes(uncompressed[i]));
        }
        return builder.build();
    }

    /** Extraction of u bytes: CPU at one core and the disk write side by side, so the slower of the two. */
    private static long extractNanos(long uncompressed) {
        return (long) Math.max(uncompressed / EXTRACT.bytesPerNano(), uncompressed / DISK.bytesPerNano());
    }

    /** Serial extraction in layer order: layer k starts when it has arrived and layer k-1 is done. */
    private static long[] readyTimes(long[] arrivals, long[] uncompressed) {
        long[] ready = new long[arrivals.length];
        long previous = 0;
        for (int k = 0; k < arrivals.length; k++) {
            ready[k] = Math.max(arrivals[k], previous) + extractNanos(uncompressed[k]);
            previous = ready[k];
        }
        return ready;
    }

    @Test
    void threeLayersShareTheLinkThenExtractOneAfterAnother() {
        Registry registry = registry(FAST_REGISTRY);
        TestHost host = host("node-1", registry, DOCKER);
        long[] c = {3_000_000, 30_000_000, 6_000_000};
        long[] u = {6_000_000, 60_000_000, 12_000_000};
        Image image = image("app:1", c, u);

        PullReport report = TestHost.runFor(sim, host.puller.pull(image));

        long m = SimTime.of(MANIFEST);
        double nic = NIC.bytesPerNano();
        // All three download at once, a third of the NIC each; the smallest (layer 0) finishes first,
        long arrive0 = (long) (c[0] / (nic / 3));
        // then layers 1 and 2 share it by halves until layer 2 (c[2] - c[0] left) is done,
        long arrive2 = arrive0 + (long) ((c[2] - c[0]) / (nic / 2));
        // and layer 1 has the whole NIC for what is left of it.
        long arrive1 = arrive2 + (long) ((c[1] - c[2]) / nic);
        assertEquals((long) ((c[0] + c[1] + c[2]) / nic), arrive1, "the NIC never idles during the downloads");
        long[] arrivals = {arrive0, arrive1, arrive2};
        long[] ready = readyTimes(arrivals, u);

        for (int k = 0; k < 3; k++) {
            assertEquals(m + arrivals[k], report.layers().get(k).arrivedAt(), "layer " + k + " arrives");
            assertEquals(m + ready[k], report.layers().get(k).readyAt(), "layer " + k + " is extracted");
        }
        assertEquals(m + ready[2], report.totalNanos());
        assertEquals(540 * SimTime.MILLISECOND, report.totalNanos(), "200 ms manifest + 52 ms to layer 1 + 288 ms");
        // Layer 1 arrives after layer 0 is extracted (it waits on its download); layer 2 waits on layer 1.
        assertEquals(0, report.layers().get(1).waitedForParentNanos());
        assertEquals(ready[1] - arrive2, report.layers().get(2).waitedForParentNanos());
        assertEquals(m, report.manifestNanos());
        assertEquals(arrive1, report.downloadNanos());
        assertEquals(extractNanos(u[0]) + extractNanos(u[1]) + extractNanos(u[2]), report.extractNanos());
        assertEquals(3, report.layersDownloaded());
        assertEquals(c[0] + c[1] + c[2], report.bytesDownloaded().bytes());
        assertEquals(u[0] + u[1] + u[2], report.bytesExtracted().bytes());
        assertEquals(c[0] + c[1] + c[2], registry.bytesSent());
        assertTrue(image.layers().stream().allMatch(l -> host.cache.contains(l.digest())));
    }

    @Test
    void fiveLayersDownloadThreeAtATimeInLayerOrder() {
        Registry registry = registry(FAST_REGISTRY);
        TestHost host = host("node-1", registry, DOCKER);
        long mb = 1_000_000;
        long[] c = {30 * mb, 15 * mb, 45 * mb, 6 * mb, 12 * mb};
        long[] u = {60 * mb, 30 * mb, 90 * mb, 12 * mb, 24 * mb};
        Image image = image("big:1", c, u);

        PullReport report = TestHost.runFor(sim, host.puller.pull(image));

        long m = SimTime.of(MANIFEST);
        double third = NIC.bytesPerNano() / 3;
        double half = NIC.bytesPerNano() / 2;
        double whole = NIC.bytesPerNano();
        // Layers 0, 1, 2 start; 3 and 4 wait for a free slot. Layer 1 (15 MB) is first done.
        long arrive1 = (long) (c[1] / third);
        double left0 = c[0] - c[1];
        double left2 = c[2] - c[1];
        // Layer 3 takes the freed slot; at a third each, it (6 MB) finishes next.
        long arrive3 = arrive1 + (long) (c[3] / third);
        left0 -= c[3];
        left2 -= c[3];
        // Layer 4 takes that slot; layer 0 (9 MB left) finishes before it.
        long arrive0 = arrive3 + (long) (left0 / third);
        double left4 = c[4] - left0;
        left2 -= left0;
        // Layers 2 and 4 share by halves; layer 4 (3 MB left) finishes, then layer 2 runs alone.
        long arrive4 = arrive0 + (long) (left4 / half);
        left2 -= left4;
        long arrive2 = arrive4 + (long) (left2 / whole);
        long[] arrivals = {arrive0, arrive1, arrive2, arrive3, arrive4};
        assertEquals(List.of(60L, 84L, 120L, 128L, 144L).stream().map(ms -> ms * SimTime.MILLISECOND).toList(),
                List.of(arrive1, arrive3, arrive0, arrive4, arrive2), "the same arithmetic in round numbers");

        for (int k = 0; k < 5; k++) {
            LayerPull layer = report.layers().get(k);
            assertEquals(m + arrivals[k], layer.arrivedAt(), "layer " + k + " arrives");
        }
        assertEquals(m, report.layers().get(2).downloadStartedAt(), "layer 2 starts at once");
        assertEquals(m + arrive1, report.layers().get(3).downloadStartedAt(), "layer 3 waits for the first slot");
        assertEquals(m + arrive3, report.layers().get(4).downloadStartedAt(), "layer 4 waits for the next slot");
        long[] ready = readyTimes(arrivals, u);
        assertEquals(m + ready[4], report.totalNanos());

        // With no limit, all five share the link from the start: the same total bytes, different arrivals.
        Simulation unlimited = new Simulation();
        Registry other = new Registry(unlimited, new RegistrySpec("r", FAST_REGISTRY, MANIFEST));
        TestHost wide = new TestHost(unlimited, "wide", 4, DISK, NIC, STORAGE, other, new PullerConfig(5, EXTRACT,
                false));
        PullReport all = TestHost.runFor(unlimited, wide.puller.pull(image));
        assertEquals(m + (long) (c[3] / (whole / 5)), all.layers().get(3).arrivedAt(),
                "without the limit the smallest layer finishes first, at a fifth of the link");
    }

    @Test
    void aCachedImagePullsNothingAndCostsOnlyTheManifest() {
        Registry registry = registry(FAST_REGISTRY);
        TestHost host = host("node-1", registry, DOCKER);
        Image image = image("nginx:1.27", new long[] {30_000_000, 5_000_000}, new long[] {80_000_000, 9_000_000});
        host.cache.preload(image);

        PullReport report = TestHost.runFor(sim, host.puller.pull(image));

        assertEquals(SimTime.of(MANIFEST), report.totalNanos());
        assertTrue(report.wasCacheHit());
        assertEquals(2, report.layersCached());
        assertEquals(0, report.bytesDownloaded().bytes());
        assertEquals(0, registry.bytesSent());
        assertEquals(0.0, registry.servedBytes());
        assertEquals(0.0, host.nic.servedWork());
        assertEquals(0.0, host.cpu.servedWork());
        assertTrue(report.explanation().contains("already on node-1"), report.explanation());
    }

    @Test
    void onlyMissingLayersAreDownloadedAndTheReportSaysWhereTheRestCameFrom() {
        Registry registry = registry(FAST_REGISTRY);
        TestHost host = host("node-1", registry, DOCKER);
        Image debian = Image.builder("debian:12").layer("ADD rootfs.tar.xz /", DataSize.ofMB(48), DataSize.ofMB(117))
                .build();
        Image nginx = Image.builder("nginx:1.27", debian)
                .layer("RUN apt-get install nginx", DataSize.ofMB(25), DataSize.ofMB(60))
                .layer("COPY nginx.conf /etc/nginx/", DataSize.ofKiB(2), DataSize.ofKiB(4)).build();
        host.cache.preload(debian);

        PullReport report = TestHost.runFor(sim, host.puller.pull(nginx));

        assertEquals(List.of(LayerSource.CACHED, LayerSource.DOWNLOADED, LayerSource.DOWNLOADED),
                report.layers().stream().map(LayerPull::source).toList());
        assertEquals("debian:12", report.layers().get(0).origin());
        long expectedBytes = DataSize.ofMB(25).bytes() + DataSize.ofKiB(2).bytes();
        assertEquals(expectedBytes, report.bytesDownloaded().bytes());
        assertEquals(expectedBytes, registry.bytesSent());
        String text = report.explanation();
        assertTrue(text.contains("downloaded 2 of 3 layers") && text.contains("1 was already cached (brought by debian:12)"),
                text);
    }

    @Test
    void twoConcurrentPullsOnOneHostDownloadASharedBaseLayerOnce() {
        Registry registry = registry(FAST_REGISTRY);
        TestHost host = host("node-1", registry, DOCKER);
        Image base = Image.builder("node:20").layer("ADD base", DataSize.ofMB(40), DataSize.ofMB(100)).build();
        Image api = Image.builder("api:1", base).layer("COPY api", DataSize.ofMB(10), DataSize.ofMB(20)).build();
        Image web = Image.builder("web:1", base).layer("COPY web", DataSize.ofMB(20), DataSize.ofMB(30)).build();
        assertEquals(List.of(base.layers().get(0)), api.sharedLayersWith(web));

        Completion<PullReport> first = host.puller.pull(api);
        Completion<PullReport> second = host.puller.pull(web);
        sim.run();

        long shared = DataSize.ofMB(40).bytes();
        long once = shared + DataSize.ofMB(10).bytes() + DataSize.ofMB(20).bytes();
        assertEquals(once, registry.bytesSent(), "the base layer crossed the registry link once");
        assertEquals(3, registry.blobsSent());
        PullReport apiReport = first.value();
        PullReport webReport = second.value();
        assertEquals(LayerSource.DOWNLOADED, apiReport.layers().get(0).source());
        assertEquals(LayerSource.AWAITED, webReport.layers().get(0).source());
        assertEquals("api:1", webReport.layers().get(0).origin());
        assertEquals(apiReport.layers().get(0).readyAt(), webReport.layers().get(0).arrivedAt(),
                "web waits until api's pull has stored the base");
        assertTrue(webReport.layers().get(1).extractionStartedAt() >= apiReport.layers().get(0).readyAt(),
                "web's own layer is unpacked on top of the stored base");
        assertEquals(shared + DataSize.ofMB(10).bytes(), apiReport.bytesDownloaded().bytes());
        assertEquals(DataSize.ofMB(20).bytes(), webReport.bytesDownloaded().bytes());
        assertTrue(webReport.explanation().contains("already being pulled for api:1"), webReport.explanation());
        assertTrue(host.cache.hasImage(api) && host.cache.hasImage(web));
        assertEquals(0, host.puller.layersInFlight());
        assertEquals(0, host.puller.pullsInProgress());
        assertEquals(0, host.cache.pinCount(base.layers().get(0).digest()), "pull leases are given back");
    }

    @Test
    void twoHostsDownloadTheSharedBaseTwiceAndShareTheRegistryEgress() {
        // The registry (0.5 B/ns) is slower than either NIC (0.75 B/ns): alone a host gets 0.5, together 0.25 each.
        DataRate egress = DataRate.ofMegabytesPerSecond(500);
        Registry registry = registry(egress);
        TestHost a = host("node-a", registry, DOCKER);
        TestHost b = host("node-b", registry, DOCKER);
        long size = 30_000_000;
        Image image = image("app:1", new long[] {size}, new long[] {size});

        Completion<PullReport> onA = a.puller.pull(image);
        Completion<PullReport> onB = b.puller.pull(image);
        sim.run();

        assertEquals(2 * size, registry.bytesSent(), "layer caches are per host");
        long shared = (long) (size / (egress.bytesPerNano() / 2));
        assertEquals(SimTime.of(MANIFEST) + shared, onA.value().layers().get(0).arrivedAt());
        assertEquals(SimTime.of(MANIFEST) + shared, onB.value().layers().get(0).arrivedAt());
        assertEquals(2 * (long) (size / egress.bytesPerNano()), shared, "twice as long as alone");
    }

    @Test
    void serializedPullsWaitForEachOtherLikeKubeletsDefault() {
        Registry registry = registry(FAST_REGISTRY);
        TestHost host = host("node-1", registry, new PullerConfig(3, EXTRACT, true));
        Image one = image("one:1", new long[] {15_000_000}, new long[] {15_000_000});
        Image two = image("two:1", new long[] {6_000_000}, new long[] {6_000_000});

        Completion<PullReport> first = host.puller.pull(one);
        Completion<PullReport> second = host.puller.pull(two);
        sim.run();

        long m = SimTime.of(MANIFEST);
        long firstTotal = m + (long) (15_000_000 / NIC.bytesPerNano()) + extractNanos(15_000_000);
        assertEquals(firstTotal, first.value().totalNanos());
        assertEquals(first.value().finishedAt(), second.value().startedAt());
        assertEquals(firstTotal, second.value().queuedNanos());
        assertEquals(firstTotal + m + (long) (6_000_000 / NIC.bytesPerNano()) + extractNanos(6_000_000),
                second.value().totalNanos());
        assertTrue(second.value().explanation().contains("serialized"), second.value().explanation());
    }

    @Test
    void aPullThatCannotStoreALayerFailsAndSoDoPullsWaitingForIt() {
        Registry registry = registry(FAST_REGISTRY);
        TestHost host = new TestHost(sim, "tiny", 4, DISK, NIC, DataSize.ofMB(50), registry, DOCKER);
        Image base = Image.builder("fat:1").layer("ADD huge", DataSize.ofMB(30), DataSize.ofMB(60)).build();
        Image child = Image.builder("child:1", base).layer("RUN x", DataSize.ofMB(1), DataSize.ofMB(1)).build();
        List<Throwable> failures = new ArrayList<>();

        host.puller.pull(base).whenDone(done -> failures.add(done.failure()));
        host.puller.pull(child).whenDone(done -> failures.add(done.failure()));
        sim.run();

        assertEquals(2, failures.size());
        assertTrue(failures.get(0).getMessage().contains("no space left on device"), failures.get(0).getMessage());
        assertTrue(failures.get(1).getMessage().contains("was being pulled for fat:1"), failures.get(1).getMessage());
        assertFalse(host.cache.contains(base.layers().get(0).digest()));
        assertEquals(0, host.puller.pullsInProgress());
        assertEquals(0, host.puller.layersInFlight());
        assertEquals(0, host.cache.pinCount(child.layers().get(1).digest()));
        assertEquals(0, host.nic.activeJobs(), "the failed pull's downloads were stopped");
    }
}
