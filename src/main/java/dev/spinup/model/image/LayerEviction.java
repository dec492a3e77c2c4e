package dev.spinup.model.image;

/** A layer removed from a host's layer store by garbage collection; {@code origin} is the image that brought it. */
public record LayerEviction(ImageLayer layer, String origin, long atNanos) {
}
