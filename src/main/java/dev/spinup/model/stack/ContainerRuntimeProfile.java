package dev.spinup.model.stack;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A container engine with its OCI runtime (Docker with runc, containerd with crun, gVisor, Kata): the start
 * phases in order (the image pull among them), memory per container and once per host, runtime overhead, and the
 * era (version and year) whose measurements these numbers are. {@code sizesVary} holds the per-container sizes
 * (shim, sandbox kernel) that each container draws its own of, and the daemon each host draws, in bytes.
 */
public record ContainerRuntimeProfile(String key, String name, ContainerIsolation isolation,
                                      List<PhaseSpec> startPhases, Cited<DataSize> shim, Cited<DataSize> sandbox,
                                      Cited<DataSize> daemon, RuntimeOverhead overhead, Cited<Duration> stop,
                                      Era era, Optional<Distribution> stopVaries,
                                      Map<MemoryComponent, Distribution> sizesVary) {

    public ContainerRuntimeProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(isolation, "isolation");
        startPhases = List.copyOf(startPhases);
        Objects.requireNonNull(shim, "shim");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(daemon, "daemon");
        Objects.requireNonNull(overhead, "overhead");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(stopVaries, "stopVaries");
        sizesVary = Map.copyOf(sizesVary);
    }

    /** A runtime whose containers all take the same time to stop. */
    public ContainerRuntimeProfile(String key, String name, ContainerIsolation isolation, List<PhaseSpec> startPhases,
                                   Cited<DataSize> shim, Cited<DataSize> sandbox, Cited<DataSize> daemon,
                                   RuntimeOverhead overhead, Cited<Duration> stop, Era era) {
        this(key, name, isolation, startPhases, shim, sandbox, daemon, overhead, stop, era, Optional.empty(), Map.of());
    }

    public ContainerRuntimeProfile withStartPhases(List<PhaseSpec> value) {
        return new ContainerRuntimeProfile(key, name, isolation, value, shim, sandbox, daemon, overhead, stop, era,
                stopVaries, sizesVary);
    }

    /** The same shim in every container. */
    public ContainerRuntimeProfile withShim(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, value, sandbox, daemon,
                overhead, stop, era, stopVaries, without(MemoryComponent.SHIM));
    }

    /** The same sandbox kernel in every container. */
    public ContainerRuntimeProfile withSandbox(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, value, daemon, overhead,
                stop, era, stopVaries, without(MemoryComponent.SANDBOX_KERNEL));
    }

    /**
     * A shim ({@link MemoryComponent#SHIM}) or sandbox kernel ({@link MemoryComponent#SANDBOX_KERNEL}) whose size
     * each container draws, or a daemon ({@link MemoryComponent#ENGINE_DAEMON}) each host draws, in bytes; the
     * profile's fixed value is its mean.
     */
    public ContainerRuntimeProfile withSizeVarying(MemoryComponent component, Distribution bytes, Source source) {
        Cited<DataSize> mean = Cited.of(DataSize.ofBytes(Math.round(bytes.mean())), source);
        Map<MemoryComponent, Distribution> varying = new EnumMap<>(MemoryComponent.class);
        varying.putAll(sizesVary);
        varying.put(component, bytes);
        return switch (component) {
            case SHIM -> new ContainerRuntimeProfile(key, name, isolation, startPhases, mean, sandbox, daemon,
                    overhead, stop, era, stopVaries, varying);
            case SANDBOX_KERNEL -> new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, mean, daemon,
                    overhead, stop, era, stopVaries, varying);
            case ENGINE_DAEMON -> new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, mean,
                    overhead, stop, era, stopVaries, varying);
            default -> throw new IllegalArgumentException(component + " is not a size of a container runtime");
        };
    }

    private Map<MemoryComponent, Distribution> without(MemoryComponent component) {
        Map<MemoryComponent, Distribution> rest = new EnumMap<>(MemoryComponent.class);
        rest.putAll(sizesVary);
        rest.remove(component);
        return rest;
    }

    /** The same daemon on every host. */
    public ContainerRuntimeProfile withDaemon(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, value, overhead,
                stop, era, stopVaries, without(MemoryComponent.ENGINE_DAEMON));
    }

    public ContainerRuntimeProfile withOverhead(RuntimeOverhead value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon, value,
                stop, era, stopVaries, sizesVary);
    }

    /** The same stop in every container. */
    public ContainerRuntimeProfile withStop(Cited<Duration> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon,
                overhead, value, era, Optional.empty(), sizesVary);
    }

    /** A stop whose length each container draws (in nanoseconds); {@link #stop()} is its mean. */
    public ContainerRuntimeProfile withStopVarying(Distribution nanos, Source source) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon, overhead,
                Cited.of(Duration.ofNanos(Math.round(nanos.mean())), source), era, Optional.of(nanos), sizesVary);
    }

    /** The same runtime as another era measured it: its phases are changed by the caller. */
    public ContainerRuntimeProfile withEra(Era value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon, overhead, stop,
                value, stopVaries, sizesVary);
    }

    public ContainerRuntimeProfile withName(String value) {
        return new ContainerRuntimeProfile(key, value, isolation, startPhases, shim, sandbox, daemon,
                overhead, stop, era, stopVaries, sizesVary);
    }
}
