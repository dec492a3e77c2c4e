package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.ImageBuilder;
import dev.spinup.model.image.LayerSizeDraws;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Problems;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.StringNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The images a scenario can name: the catalogue's and those its {@code images} section declares (a reference,
 * an optional base image, and layers with sizes). Declared images built on the same base share its layers, which
 * is what a shared-layers lesson shows. Also remembers which declared images were used, to warn about the rest.
 */
final class ImageLibrary {

    private final Map<String, Image> declared = new LinkedHashMap<>();
    private final Map<String, JsonNode> declaredAt = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Set<String> written = new HashSet<>();
    /** Whether every declared image could be read; if not, an unknown reference may mean the one that failed. */
    private boolean complete = true;

    private ImageLibrary() {
    }

    /** The library of a file whose {@code images} section is {@code section}; {@code written}: the key is there. */
    static ImageLibrary read(Optional<ArrayView> section, boolean written) {
        ImageLibrary library = new ImageLibrary();
        library.complete = section.isPresent() || !written;
        section.ifPresent(array -> {
            array.requireSize(0, ScenarioLimits.MAX_IMAGES);
            for (JsonNode node : array.nodes()) {
                if (node instanceof ObjectNode object && object.get("reference").orElse(null) instanceof StringNode r) {
                    library.written.add(r.value());
                }
            }
            List<ObjectView> images = array.objects();
            library.complete &= images.size() == array.size();
            for (ObjectView image : images) {
                int before = image.problems().size();
                library.declare(image);
                library.complete &= image.problems().size() == before;
            }
        });
        return library;
    }

    /** Every reference a file may use, catalogue first. */
    List<String> references() {
        List<String> all = new ArrayList<>(Catalogue.imageReferences());
        all.addAll(declared.keySet());
        return all;
    }

    Optional<Image> find(String reference) {
        return Catalogue.image(reference).or(() -> Optional.ofNullable(declared.get(reference)));
    }

    /** The image {@code key} names; unknown references are problems. */
    Optional<Image> resolve(ObjectView v, String key, boolean required) {
        return Names.resolve(v, key, required, "image", this::use, references(), complete);
    }

    Optional<Image> resolve(JsonNode node, Problems problems) {
        return Names.resolve(node, problems, "image", this::use, references(), complete);
    }

    /** Declared images nothing refers to: a lesson should not make students wonder what they are for. */
    void warnUnused(ReadContext context) {
        declared.keySet().stream().filter(ref -> !used.contains(ref)).forEach(ref -> context.warnings().add(
                declaredAt.get(ref), "the image " + Quote.name(ref) + " is declared but nothing uses it"));
    }

    private Optional<Image> use(String reference) {
        Optional<Image> image = find(reference);
        image.ifPresent(i -> used.add(reference));
        return image;
    }

    private void declare(ObjectView v) {
        Optional<String> reference = Identifiers.imageReference(v, "reference", true);
        Optional<Image> base = Optional.empty();
        boolean baseOk = true;
        if (v.has("base")) {
            base = resolveBase(v, reference);
            baseOk = base.isPresent();
        }
        ArrayView layerArray = v.array("layers");
        int baseLayers = base.map(Image::layerCount).orElse(0);
        layerArray.requireSize(1, ScenarioLimits.MAX_LAYERS);
        List<ObjectView> layers = layerArray.objects();
        List<Layer> read = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            read.add(layer(layers.get(i), i));
        }
        Section.IMAGE.finish(v);
        if (baseLayers + layers.size() > ScenarioLimits.MAX_LAYERS && layers.size() <= ScenarioLimits.MAX_LAYERS) {
            v.problem("layers", "with the " + baseLayers + " layers of its base this image has "
                    + (baseLayers + layers.size()) + " layers; an image may have at most " + ScenarioLimits.MAX_LAYERS);
            return;
        }
        if (reference.isEmpty() || !baseOk || layers.size() != layerArray.size()) {
            return;
        }
        String ref = reference.get();
        if (find(ref).isPresent()) {
            v.problem("reference", "the image " + Quote.name(ref) + (Catalogue.image(ref).isPresent()
                    ? " is already in the catalogue" : " is declared twice") + "; give this one another name");
            return;
        }
        Image.Builder builder = base.map(b -> Image.builder(ref, b)).orElseGet(() -> Image.builder(ref));
        for (Layer layer : read) {
            if (layer.varies.isPresent()) {
                builder.layer(layer.instruction, layer.contentKey(), layer.compressed, layer.size, layer.varies.get());
            } else {
                builder.layer(layer.instruction, layer.compressed, layer.size);
            }
        }
        declared.put(ref, builder.build());
        declaredAt.put(ref, v.node("reference").orElseThrow());
    }

    private Optional<Image> resolveBase(ObjectView v, Optional<String> reference) {
        Optional<String> baseRef = v.optionalString("base");
        if (baseRef.isEmpty()) {
            return Optional.empty();
        }
        if (baseRef.equals(reference)) {
            v.problem("base", "an image cannot be built on itself");
            return Optional.empty();
        }
        if (find(baseRef.get()).isEmpty() && written.contains(baseRef.get())) {
            v.problem("base", "the base image " + Quote.name(baseRef.get()) + " is declared further down; declare"
                    + " an image before the images built on it");
            return Optional.empty();
        }
        return resolve(v, "base", false);
    }

    /** A declared layer: its sizes fixed, or distributions a run's registry draws once (see {@link LayerSizeDraws}). */
    private static Layer layer(ObjectView v, int index) {
        String instruction = v.optionalString("instruction").orElse("layer " + (index + 1));
        if (!v.has("size")) {
            v.requiredDataSize("size"); // reports it missing
        }
        Optional<Distribution> size = ValueDistributions.read(v, "size", ValueDistributions.Measure.SIZE);
        Optional<Distribution> compressed = ValueDistributions.read(v, "compressed", ValueDistributions.Measure.SIZE);
        Section.LAYER.finish(v);
        DataSize mean = size.map(ImageLibrary::mean).orElse(DataSize.ZERO);
        DataSize packed = compressed.map(ImageLibrary::mean)
                .orElse(mean.times(ImageBuilder.DEFAULT_COMPRESSED_FRACTION));
        Optional<Distribution> sizeVaries = size.filter(d -> !(d instanceof Constant));
        Optional<Distribution> packedVaries = compressed.filter(d -> !(d instanceof Constant));
        if (sizeVaries.isEmpty() && packedVaries.isEmpty()) {
            return new Layer(instruction, mean, packed, Optional.empty());
        }
        OptionalDouble share = compressed.isEmpty() ? OptionalDouble.of(ImageBuilder.DEFAULT_COMPRESSED_FRACTION)
                : OptionalDouble.empty();
        return new Layer(instruction, mean, packed, Optional.of(new LayerSizeDraws(sizeVaries, packedVaries, share)));
    }

    private static DataSize mean(Distribution bytes) {
        return DataSize.ofBytes(Math.max(0, Math.round(bytes.mean())));
    }

    /** A layer as read; {@code varies} holds its uncertain sizes, whose means {@code size} and {@code compressed} are. */
    private record Layer(String instruction, DataSize size, DataSize compressed, Optional<LayerSizeDraws> varies) {

        /** What makes two declared layers one: the sizes, or the distributions they are drawn from. */
        String contentKey() {
            return varies.map(v -> v.uncompressed().map(Distribution::describe).orElse(size.bytes() + "") + "/"
                    + v.compressed().map(Distribution::describe).orElse(v.compressedShare().isPresent()
                            ? "share " + v.compressedShare().getAsDouble() : compressed.bytes() + ""))
                    .orElse(compressed.bytes() + "/" + size.bytes());
        }
    }
}
