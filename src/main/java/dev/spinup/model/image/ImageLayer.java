package dev.spinup.model.image;

import dev.spinup.model.DataSize;
import java.util.Objects;
import java.util.Optional;

/**
 * One layer of a container image: a content-addressed tarball, transferred {@code compressed} and stored
 * {@code uncompressed}; {@code createdBy} is the instruction that made it, as {@code docker history} shows it.
 * A declared layer whose sizes are uncertain carries their distributions in {@code varies} (the sizes above are
 * then their means) until a run's registry draws them ({@link Registry#realized}).
 */
public record ImageLayer(String digest, DataSize compressed, DataSize uncompressed, String createdBy,
                         Optional<LayerSizeDraws> varies) {

    public ImageLayer {
        if (!ContentDigest.isValid(digest)) {
            throw new IllegalArgumentException("a layer digest must look like sha256:<64 lowercase hex>, was " + digest);
        }
        Objects.requireNonNull(compressed, "compressed");
        Objects.requireNonNull(uncompressed, "uncompressed");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(varies, "varies");
    }

    /** A layer of known sizes. */
    public ImageLayer(String digest, DataSize compressed, DataSize uncompressed, String createdBy) {
        this(digest, compressed, uncompressed, createdBy, Optional.empty());
    }

    /**
     * A layer whose digest derives from its parent ("" for a first layer), its instruction and a content key;
     * the same three always give the same digest.
     */
    public static ImageLayer derived(String parentDigest, String createdBy, String contentKey, DataSize compressed,
            DataSize uncompressed) {
        return new ImageLayer(ContentDigest.ofLayer(parentDigest, createdBy, contentKey), compressed, uncompressed,
                createdBy);
    }

    /** The first 12 hex digits, as Docker prints layer ids. */
    public String shortId() {
        return digest.substring("sha256:".length(), "sha256:".length() + 12);
    }
}
