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
 * A hypervisor or VMM as the catalogue describes it: its type, the phases before the guest runs (toolstack, VMM
 * start, firmware), what it costs in memory per VM and once per host, and its runtime overhead. {@code sizesVary}
 * holds the sizes that vary, in bytes: the VMM overhead each VM draws, the services each host draws.
 */
public record HypervisorProfile(String key, String name, HypervisorType type, List<PhaseSpec> startPhases,
                                Cited<DataSize> vmmOverhead, Cited<DataSize> hostServices,
                                RuntimeOverhead overhead, Cited<Duration> shutdown,
                                Optional<Distribution> shutdownVaries,
                                Map<MemoryComponent, Distribution> sizesVary) {

    public HypervisorProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        startPhases = List.copyOf(startPhases);
        Objects.requireNonNull(vmmOverhead, "vmmOverhead");
        Objects.requireNonNull(hostServices, "hostServices");
        Objects.requireNonNull(overhead, "overhead");
        Objects.requireNonNull(shutdown, "shutdown");
        Objects.requireNonNull(shutdownVaries, "shutdownVaries");
        sizesVary = Map.copyOf(sizesVary);
    }

    /** A hypervisor whose VMs all take the same time to shut down. */
    public HypervisorProfile(String key, String name, HypervisorType type, List<PhaseSpec> startPhases,
                             Cited<DataSize> vmmOverhead, Cited<DataSize> hostServices, RuntimeOverhead overhead,
                             Cited<Duration> shutdown) {
        this(key, name, type, startPhases, vmmOverhead, hostServices, overhead, shutdown, Optional.empty(), Map.of());
    }

    public HypervisorProfile withStartPhases(List<PhaseSpec> value) {
        return new HypervisorProfile(key, name, type, value, vmmOverhead, hostServices, overhead, shutdown,
                shutdownVaries, sizesVary);
    }

    /** The same VMM overhead in every VM. */
    public HypervisorProfile withVmmOverhead(Cited<DataSize> value) {
        return new HypervisorProfile(key, name, type, startPhases, value, hostServices, overhead, shutdown,
                shutdownVaries, sizesVaryingWith(MemoryComponent.VMM_OVERHEAD, null));
    }

    /** A VMM overhead each VM draws its own of (in bytes); {@link #vmmOverhead()} is its mean. */
    public HypervisorProfile withVmmOverheadVarying(Distribution bytes, Source source) {
        return new HypervisorProfile(key, name, type, startPhases,
                Cited.of(DataSize.ofBytes(Math.round(bytes.mean())), source), hostServices, overhead, shutdown,
                shutdownVaries, sizesVaryingWith(MemoryComponent.VMM_OVERHEAD, bytes));
    }

    /** The same services on every host. */
    public HypervisorProfile withHostServices(Cited<DataSize> value) {
        return new HypervisorProfile(key, name, type, startPhases, vmmOverhead, value, overhead, shutdown,
                shutdownVaries, sizesVaryingWith(MemoryComponent.HYPERVISOR_SERVICES, null));
    }

    /** Host services each host draws its own of (in bytes); {@link #hostServices()} is their mean. */
    public HypervisorProfile withHostServicesVarying(Distribution bytes, Source source) {
        return new HypervisorProfile(key, name, type, startPhases, vmmOverhead,
                Cited.of(DataSize.ofBytes(Math.round(bytes.mean())), source), overhead, shutdown, shutdownVaries,
                sizesVaryingWith(MemoryComponent.HYPERVISOR_SERVICES, bytes));
    }

    /** The sizes that vary, with {@code component} drawn from {@code bytes}, or fixed again when it is null. */
    private Map<MemoryComponent, Distribution> sizesVaryingWith(MemoryComponent component, Distribution bytes) {
        Map<MemoryComponent, Distribution> sizes = new EnumMap<>(MemoryComponent.class);
        sizes.putAll(sizesVary);
        if (bytes == null) {
            sizes.remove(component);
        } else {
            sizes.put(component, bytes);
        }
        return sizes;
    }

    public HypervisorProfile withOverhead(RuntimeOverhead value) {
        return new HypervisorProfile(key, name, type, startPhases, vmmOverhead, hostServices, value, shutdown,
                shutdownVaries, sizesVary);
    }

    /** The same shutdown in every VM. */
    public HypervisorProfile withShutdown(Cited<Duration> value) {
        return new HypervisorProfile(key, name, type, startPhases, vmmOverhead, hostServices, overhead, value,
                Optional.empty(), sizesVary);
    }

    /** A shutdown whose length each VM draws (in nanoseconds); {@link #shutdown()} is its mean. */
    public HypervisorProfile withShutdownVarying(Distribution nanos, Source source) {
        return new HypervisorProfile(key, name, type, startPhases, vmmOverhead, hostServices, overhead,
                Cited.of(Duration.ofNanos(Math.round(nanos.mean())), source), Optional.of(nanos), sizesVary);
    }

    public HypervisorProfile withName(String value) {
        return new HypervisorProfile(key, value, type, startPhases, vmmOverhead, hostServices, overhead, shutdown,
                shutdownVaries, sizesVary);
    }
}
