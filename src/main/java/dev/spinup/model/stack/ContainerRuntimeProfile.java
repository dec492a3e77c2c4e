package dev.spinup.model.stack;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A container engine with its OCI runtime (Docker with runc, containerd with crun, gVisor, Kata): the start
 * phases in order (the image pull among them), memory per container and once per host, runtime overhead, and the
 * era (version and year) whose measurements these numbers are.
 */
public record ContainerRuntimeProfile(String key, String name, ContainerIsolation isolation,
                                      List<PhaseSpec> startPhases, Cited<DataSize> shim, Cited<DataSize> sandbox,
                                      Cited<DataSize> daemon, RuntimeOverhead overhead, Cited<Duration> stop,
                                      Era era, Optional<Distribution> stopVaries) {

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
    }

    /** A runtime whose containers all take the same time to stop. */
    public ContainerRuntimeProfile(String key, String name, ContainerIsolation isolation, List<PhaseSpec> startPhases,
                                   Cited<DataSize> shim, Cited<DataSize> sandbox, Cited<DataSize> daemon,
                                   RuntimeOverhead overhead, Cited<Duration> stop, Era era) {
        this(key, name, isolation, startPhases, shim, sandbox, daemon, overhead, stop, era, Optional.empty());
    }

    public ContainerRuntimeProfile withStartPhases(List<PhaseSpec> value) {
        return new ContainerRuntimeProfile(key, name, isolation, value, shim, sandbox, daemon, overhead, stop, era,
                stopVaries);
    }

    public ContainerRuntimeProfile withShim(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, value, sandbox, daemon,
                overhead, stop, era, stopVaries);
    }

    public ContainerRuntimeProfile withSandbox(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, value, daemon, overhead,
                stop, era, stopVaries);
    }

    public ContainerRuntimeProfile withDaemon(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, value, overhead,
                stop, era, stopVaries);
    }

    public ContainerRuntimeProfile withOverhead(RuntimeOverhead value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon, value,
                stop, era, stopVaries);
    }

    /** The same stop in every container. */
    public ContainerRuntimeProfile withStop(Cited<Duration> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon,
                overhead, value, era, Optional.empty());
    }

    /** A stop whose length each container draws (in nanoseconds); {@link #stop()} is its mean. */
    public ContainerRuntimeProfile withStopVarying(Distribution nanos, Source source) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon, overhead,
                Cited.of(Duration.ofNanos(Math.round(nanos.mean())), source), era, Optional.of(nanos));
    }

    /** The same runtime as another era measured it: its phases are changed by the caller. */
    public ContainerRuntimeProfile withEra(Era value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon, overhead, stop,
                value, stopVaries);
    }

    public ContainerRuntimeProfile withName(String value) {
        return new ContainerRuntimeProfile(key, value, isolation, startPhases, shim, sandbox, daemon,
                overhead, stop, era, stopVaries);
    }
}
