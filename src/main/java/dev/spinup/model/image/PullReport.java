package dev.spinup.model.image;

import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a pull did and why it took the time it did: per layer whether it was cached, awaited from another pull or
 * downloaded, and when; instants are simulated nanoseconds.
 *
 * @param requestedAt when the pull was asked for
 * @param startedAt when it began (later than requested only while kubelet's serialized pulls queue it)
 * @param manifestDoneAt when the token and manifest round trips ended and layer transfers could begin
 * @param finishedAt when the last layer was in the store
 */
public record PullReport(Image image, String host, String registry, long requestedAt, long startedAt,
        long manifestDoneAt, long finishedAt, List<LayerPull> layers) {

    public PullReport {
        layers = List.copyOf(layers);
    }

    public long totalNanos() {
        return finishedAt - requestedAt;
    }

    /** Time waiting for the host's pull slot (kubelet's serialized pulls). */
    public long queuedNanos() {
        return startedAt - requestedAt;
    }

    public long manifestNanos() {
        return manifestDoneAt - startedAt;
    }

    /**
     * Time spent downloading: from the end of the manifest fetch to the arrival of the last layer this pull
     * downloaded. It overlaps with extraction, which starts as soon as the first layer is in.
     */
    public long downloadNanos() {
        return lastArrivalOf(LayerSource.DOWNLOADED) - manifestDoneAt;
    }

    /** From the end of the manifest fetch until the last layer another pull was fetching for this one was stored. */
    public long awaitedNanos() {
        return lastArrivalOf(LayerSource.AWAITED) - manifestDoneAt;
    }

    /** Time spent extracting, summed over the layers this pull extracted (serially, so never overlapping). */
    public long extractNanos() {
        long total = 0;
        for (LayerPull layer : layers) {
            total += layer.extractionNanos();
        }
        return total;
    }

    public int layersTotal() {
        return layers.size();
    }

    public int layersCached() {
        return count(LayerSource.CACHED);
    }

    public int layersAwaited() {
        return count(LayerSource.AWAITED);
    }

    public int layersDownloaded() {
        return count(LayerSource.DOWNLOADED);
    }

    /** Compressed bytes this pull fetched from the registry. */
    public DataSize bytesDownloaded() {
        long total = 0;
        for (LayerPull layer : layers) {
            if (layer.source() == LayerSource.DOWNLOADED) {
                total += layer.layer().compressed().bytes();
            }
        }
        return DataSize.ofBytes(total);
    }

    /** Uncompressed bytes this pull unpacked to disk. */
    public DataSize bytesExtracted() {
        long total = 0;
        for (LayerPull layer : layers) {
            if (layer.source() == LayerSource.DOWNLOADED) {
                total += layer.layer().uncompressed().bytes();
            }
        }
        return DataSize.ofBytes(total);
    }

    /** Whether nothing had to be fetched: the image was fully on the host. */
    public boolean wasCacheHit() {
        return layersCached() == layersTotal();
    }

    /**
     * One paragraph for a student, e.g. "Pulled nginx:1.27 in 1.9 s: downloaded 2 of 5 layers (31 MiB) in 0.6 s
     * and extracted them (80 MiB) in 1 s; 3 were already cached (brought by debian:12)."
     */
    public String explanation() {
        StringBuilder text = new StringBuilder();
        String reference = image.reference();
        int total = layersTotal();
        if (wasCacheHit()) {
            text.append(reference).append(" was already on ").append(host).append(": all ").append(total)
                    .append(total == 1 ? " layer was" : " layers were").append(" cached")
                    .append(from(LayerSource.CACHED)).append(", so the pull only fetched the manifest (")
                    .append(SimTime.format(manifestNanos())).append(").");
            return text.toString();
        }
        text.append("Pulled ").append(reference).append(" in ").append(SimTime.format(totalNanos())).append(": ");
        int downloaded = layersDownloaded();
        if (downloaded > 0) {
            text.append("downloaded ").append(downloaded).append(" of ").append(total).append(" layers (")
                    .append(bytesDownloaded()).append(") in ").append(SimTime.format(downloadNanos()))
                    .append(downloaded == 1 ? " and extracted it (" : " and extracted them (").append(bytesExtracted()).append(") in ")
                    .append(SimTime.format(extractNanos()));
        } else {
            text.append("downloaded nothing itself");
        }
        int cached = layersCached();
        if (cached > 0) {
            text.append("; ").append(cached).append(cached == 1 ? " was" : " were").append(" already cached")
                    .append(from(LayerSource.CACHED));
        }
        int awaited = layersAwaited();
        if (awaited > 0) {
            text.append("; ").append(awaited).append(awaited == 1 ? " was" : " were")
                    .append(" already being pulled for ").append(origins(LayerSource.AWAITED))
                    .append(" and waited for (").append(SimTime.format(awaitedNanos()))
                    .append(") rather than downloaded twice");
        }
        text.append('.');
        if (queuedNanos() > 0) {
            text.append(" It first waited ").append(SimTime.format(queuedNanos()))
                    .append(" for the pull before it to finish (pulls are serialized on this host).");
        }
        return text.toString();
    }

    private long lastArrivalOf(LayerSource source) {
        long last = manifestDoneAt;
        for (LayerPull layer : layers) {
            if (layer.source() == source) {
                last = Math.max(last, layer.arrivedAt());
            }
        }
        return last;
    }

    private int count(LayerSource source) {
        int n = 0;
        for (LayerPull layer : layers) {
            if (layer.source() == source) {
                n++;
            }
        }
        return n;
    }

    /** " (brought by a and b)": the images whose pulls first stored the layers with {@code source}. */
    private String from(LayerSource source) {
        return " (brought by " + origins(source) + ")";
    }

    /** The distinct origins of the layers with {@code source}, in layer order: "debian:12 and node:20". */
    private String origins(LayerSource source) {
        Set<String> origins = new LinkedHashSet<>();
        for (LayerPull layer : layers) {
            if (layer.source() == source) {
                origins.add(layer.origin());
            }
        }
        return String.join(" and ", origins);
    }
}
