package dev.spinup.model.image;

import dev.spinup.model.DataSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A container image: a reference ("nginx:1.27") and its layers, ordered base first as a manifest lists them. */
public record Image(String reference, List<ImageLayer> layers) {

    public Image {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an image needs a reference such as \"nginx:1.27\"");
        }
        layers = List.copyOf(layers);
        Set<String> seen = new HashSet<>();
        for (ImageLayer layer : layers) {
            if (!seen.add(layer.digest())) {
                throw new IllegalArgumentException(reference + " lists layer " + layer.shortId() + " twice");
            }
        }
    }

    /** A catalogue builder for an image that starts from nothing ({@code FROM scratch}). */
    public static Builder builder(String reference) {
        return new Builder(reference, List.of());
    }

    /** A catalogue builder for an image on top of {@code base}: it keeps the base's layers, so it shares them. */
    public static Builder builder(String reference, Image base) {
        return new Builder(reference, base.layers());
    }

    public int layerCount() {
        return layers.size();
    }

    /** What a registry sends: the sum of the compressed layer sizes. */
    public DataSize compressedSize() {
        long total = 0;
        for (ImageLayer layer : layers) {
            total = Math.addExact(total, layer.compressed().bytes());
        }
        return DataSize.ofBytes(total);
    }

    /** What the image takes on disk once extracted. */
    public DataSize uncompressedSize() {
        long total = 0;
        for (ImageLayer layer : layers) {
            total = Math.addExact(total, layer.uncompressed().bytes());
        }
        return DataSize.ofBytes(total);
    }

    /** Whether a layer's sizes are uncertain, to be drawn by a run's registry. */
    public boolean sizesVary() {
        for (ImageLayer layer : layers) {
            if (layer.varies().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The digest of the top layer, if the image has any layer. */
    public Optional<String> topDigest() {
        return layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1).digest());
    }

    /** This image's layers that {@code other} also has (by digest), in this image's order. */
    public List<ImageLayer> sharedLayersWith(Image other) {
        Set<String> theirs = new HashSet<>();
        for (ImageLayer layer : other.layers) {
            theirs.add(layer.digest());
        }
        List<ImageLayer> shared = new ArrayList<>();
        for (ImageLayer layer : layers) {
            if (theirs.contains(layer.digest())) {
                shared.add(layer);
            }
        }
        return shared;
    }

    @Override
    public String toString() {
        return reference + " (" + layers.size() + " layers, " + compressedSize() + " compressed)";
    }

    /** Adds layers one instruction at a time, each digest derived from the previous one. */
    public static final class Builder {
        private final String reference;
        private final List<ImageLayer> layers;

        private Builder(String reference, List<ImageLayer> base) {
            this.reference = Objects.requireNonNull(reference, "reference");
            this.layers = new ArrayList<>(base);
        }

        /** A layer whose identity is its parent, its instruction and its sizes. */
        public Builder layer(String createdBy, DataSize compressed, DataSize uncompressed) {
            return layer(createdBy, compressed.bytes() + "/" + uncompressed.bytes(), compressed, uncompressed);
        }

        /** A layer whose identity is its parent, its instruction and {@code contentKey} (a source hash, say). */
        public Builder layer(String createdBy, String contentKey, DataSize compressed, DataSize uncompressed) {
            String parent = layers.isEmpty() ? "" : layers.get(layers.size() - 1).digest();
            layers.add(ImageLayer.derived(parent, createdBy, contentKey, compressed, uncompressed));
            return this;
        }

        /**
         * A layer whose sizes vary from run to run ({@code draws}); {@code compressed} and {@code uncompressed} are
         * their means, and {@code contentKey} names the distributions, so two such layers are one when written alike.
         */
        public Builder layer(String createdBy, String contentKey, DataSize compressed, DataSize uncompressed,
                             LayerSizeDraws draws) {
            String parent = layers.isEmpty() ? "" : layers.get(layers.size() - 1).digest();
            ImageLayer fixed = ImageLayer.derived(parent, createdBy, contentKey, compressed, uncompressed);
            layers.add(new ImageLayer(fixed.digest(), compressed, uncompressed, createdBy, Optional.of(draws)));
            return this;
        }

        public Image build() {
            return new Image(reference, layers);
        }
    }
}
