package dev.spinup.model.image;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import java.time.Duration;
import java.util.Objects;

/**
 * What BuildKit does in a {@code docker build} besides the steps: load the definition, resolve the base image's
 * metadata with the registry, send the build context, look each step up in the cache, snapshot executed layers,
 * start a container per executed {@code RUN}, and export the image. It is why a fully cached rebuild takes about a
 * second, not the milliseconds its steps take. Every figure is an estimate [E].
 */
public record BuildKitCosts(Cited<Duration> definition, Cited<Duration> baseMetadata, Cited<DataRate> contextRate,
        Cited<Duration> cacheLookup, Cited<Duration> snapshot, Cited<Duration> runContainer,
        Cited<Duration> export) {

    private static final Source SOURCE = Source.ESTIMATE_BUILDKIT_FIXED_COSTS;

    /** A local builder with a warm daemon and the registry on the internet [E]. */
    public static final BuildKitCosts DEFAULT = new BuildKitCosts(
            Cited.of(Duration.ofMillis(50), SOURCE), Cited.of(Duration.ofMillis(600), SOURCE),
            Cited.of(DataRate.ofMegabytesPerSecond(200), SOURCE), Cited.of(Duration.ofMillis(5), SOURCE),
            Cited.of(Duration.ofMillis(30), SOURCE), Cited.of(Duration.ofMillis(250), SOURCE),
            Cited.of(Duration.ofMillis(150), SOURCE));

    public BuildKitCosts {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(baseMetadata, "baseMetadata");
        Objects.requireNonNull(contextRate, "contextRate");
        Objects.requireNonNull(cacheLookup, "cacheLookup");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(runContainer, "runContainer");
        Objects.requireNonNull(export, "export");
    }

    /** Before the first step: the definition, the base's metadata, the context's new bytes and the cache checks. */
    long prepareNanos(DataSize newContext, int steps) {
        return definition.value().toNanos() + baseMetadata.value().toNanos()
                + transferNanos(newContext) + steps * cacheLookup.value().toNanos();
    }

    /** Sending {@code bytes} of context to the daemon. */
    long transferNanos(DataSize bytes) {
        return Math.round(bytes.bytes() / contextRate.value().bytesPerNano());
    }

    /** An executed step's fixed work: a snapshot for a step that makes a layer, a container for a RUN. */
    long executeNanos(BuildStep step) {
        long nanos = step.layerSize().isPresent() ? snapshot.value().toNanos() : 0;
        return nanos + (step.cpuTime().isZero() ? 0 : runContainer.value().toNanos());
    }
}
