package dev.spinup.model.stack;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A container engine with its OCI runtime (Docker with runc, containerd with crun, gVisor, Kata): the start
 * phases in order (the image pull among them), memory per container and once per host, and runtime overhead.
 */
public record ContainerRuntimeProfile(String key, String name, ContainerIsolation isolation,
                                      List<PhaseSpec> startPhases, Cited<DataSize> shim, Cited<DataSize> sandbox,
                                      Cited<DataSize> daemon, RuntimeOverhead overhead, Cited<Duration> stop) {

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
    }

    public ContainerRuntimeProfile withStartPhases(List<PhaseSpec> value) {
        return new ContainerRuntimeProfile(key, name, isolation, value, shim, sandbox, daemon, overhead, stop);
    }

    public ContainerRuntimeProfile withShim(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, value, sandbox, daemon, overhead, stop);
    }

    public ContainerRuntimeProfile withSandbox(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, value, daemon, overhead, stop);
    }

    public ContainerRuntimeProfile withDaemon(Cited<DataSize> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, value, overhead, stop);
    }

    public ContainerRuntimeProfile withOverhead(RuntimeOverhead value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon, value, stop);
    }

    public ContainerRuntimeProfile withStop(Cited<Duration> value) {
        return new ContainerRuntimeProfile(key, name, isolation, startPhases, shim, sandbox, daemon, overhead, value);
    }

    public ContainerRuntimeProfile withName(String value) {
        return new ContainerRuntimeProfile(key, value, isolation, startPhases, shim, sandbox, daemon, overhead, stop);
    }
}
