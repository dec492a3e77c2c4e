package dev.spinup.run;

import java.util.Objects;

/**
 * One registry of one arm over the run: how many layer downloads its shared egress link carried at once, and how
 * busy the link was (0..1), over time.
 */
public record RegistryResult(String name, StepSeries downloads, StepSeries utilisation) {

    public RegistryResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(downloads, "downloads");
        Objects.requireNonNull(utilisation, "utilisation");
    }
}
