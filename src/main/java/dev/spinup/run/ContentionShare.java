package dev.spinup.run;

import dev.spinup.model.startup.Contention;
import java.util.Objects;

/** How much start-up time an arm lost, summed over its instances, to one resource and kind of contention. */
public record ContentionShare(String resource, Contention.Kind kind, long totalExtraNanos, double shareOfStartup) {

    public ContentionShare {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(kind, "kind");
    }
}
