package dev.spinup.model.image;

/**
 * What happened to one layer during a pull, with the instants (simulated nanoseconds) of each stage.
 *
 * <p>A downloaded layer's download runs {@code downloadStartedAt → arrivedAt} and its extraction
 * {@code extractionStartedAt → readyAt}; the gap between arrival and extraction is time spent waiting for the
 * layer below it to be extracted. An awaited layer "downloads" while the other pull fetches and extracts it, and
 * arrives when it is in the store; a cached layer has all four instants at the end of the manifest fetch.
 *
 * @param origin the image whose pull brought the layer: the cached layer's original owner, the other pull's image,
 *        or this pull's own image
 */
public record LayerPull(ImageLayer layer, LayerSource source, String origin, long downloadStartedAt, long arrivedAt,
        long extractionStartedAt, long readyAt) {

    /** Time this pull spent fetching (or waiting for) the layer. */
    public long downloadNanos() {
        return arrivedAt - downloadStartedAt;
    }

    /** Time this pull spent extracting the layer; zero unless it downloaded it. */
    public long extractionNanos() {
        return readyAt - extractionStartedAt;
    }

    /** Time the layer sat downloaded while the layer below it was still being extracted. */
    public long waitedForParentNanos() {
        return extractionStartedAt - arrivedAt;
    }
}
