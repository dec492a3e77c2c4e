package dev.spinup.model.image;

import dev.spinup.engine.random.Distribution;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The sizes of a declared layer that are uncertain, in bytes: the registry holds one copy of a layer, so a run
 * draws each once, from the first value of the stream named after the layer's digest ({@code layer-size/<digest>},
 * {@code layer-compressed/<digest>}); every arm of a run holds the same layer, and every image sharing it agrees.
 * A compressed size not given follows the drawn size at {@code compressedShare} of it.
 */
public record LayerSizeDraws(Optional<Distribution> uncompressed, Optional<Distribution> compressed,
                             OptionalDouble compressedShare) {

    public LayerSizeDraws {
        Objects.requireNonNull(uncompressed, "uncompressed");
        Objects.requireNonNull(compressed, "compressed");
        Objects.requireNonNull(compressedShare, "compressedShare");
    }

    /** The stream a layer's unpacked size is drawn from. */
    public static String sizeStream(String digest) {
        return "layer-size/" + digest;
    }

    /** The stream a layer's download size is drawn from. */
    public static String compressedStream(String digest) {
        return "layer-compressed/" + digest;
    }

    /** {@code layer} with its varying sizes drawn for one run from {@code streams}. */
    ImageLayer draw(ImageLayer layer, RandomStreams streams) {
        DataSize size = uncompressed.map(d -> drawn(d, streams, sizeStream(layer.digest())))
                .orElse(layer.uncompressed());
        DataSize packed = compressed.map(d -> drawn(d, streams, compressedStream(layer.digest())))
                .orElseGet(() -> compressedShare.isPresent() ? size.times(compressedShare.getAsDouble())
                        : layer.compressed());
        return new ImageLayer(layer.digest(), packed, size, layer.createdBy());
    }

    private static DataSize drawn(Distribution bytes, RandomStreams streams, String stream) {
        return DataSize.ofBytes(Math.max(0, Math.round(bytes.sample(streams.stream(stream)))));
    }
}
