package dev.spinup.model.runtime;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;

/** The runtime's mechanism constants that belong to no profile, each declared once with the source it cites. */
public final class Mechanisms {

    /** How much swapping stretches CPU work per unit of memory pressure (resident/RAM − 1). */
    public static final Cited<Double> SWAP_SLOWDOWN = Cited.of(4.0, Source.ESTIMATE_SWAP_SLOWDOWN);

    /** Share of an image's unpacked bytes a container reads at start, kept in the host's page cache: 6.4 %. */
    public static final Cited<Double> PAGE_CACHED_FRACTION = Cited.of(0.064, Source.PULL_SHARE_OF_START);

    /** A host's image-layer store, as a multiple of its memory for instances. */
    public static final Cited<Double> LAYER_STORE_PER_MEMORY = Cited.of(4.0, Source.ESTIMATE_LAYER_STORE_SIZE);

    private Mechanisms() {
    }
}
