package dev.spinup.model.image;

/** Where a pull got one of its layers from. */
public enum LayerSource {
    /** Already on the host when the manifest arrived: costs nothing. */
    CACHED,
    /** Being downloaded by another pull on the same host: waited for, not downloaded twice. */
    AWAITED,
    /** Downloaded from the registry and extracted by this pull. */
    DOWNLOADED
}
