package dev.spinup.run;

import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.startup.ControlPoint;
import java.util.Map;
import java.util.Objects;

/**
 * One host of one arm over the run: memory by component over time, the load on its CPU, disk and network over
 * time (utilisation 0..1), how many instances it ran at once, and how many requests waited at each of its
 * serialization points over time.
 */
public record HostResult(String name, HostSpec spec, Map<MemoryComponent, StepSeries> memory,
                         Map<ResourceKind, StepSeries> utilisation, StepSeries liveInstances,
                         Map<ControlPoint, StepSeries> queueLength) {

    public HostResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        memory = Map.copyOf(memory);
        utilisation = Map.copyOf(utilisation);
        Objects.requireNonNull(liveInstances, "liveInstances");
        queueLength = Map.copyOf(queueLength);
    }

    public HostResult(String name, HostSpec spec, Map<MemoryComponent, StepSeries> memory,
                      Map<ResourceKind, StepSeries> utilisation, StepSeries liveInstances) {
        this(name, spec, memory, utilisation, liveInstances, Map.of());
    }

    /** Requests waiting (not holding) at {@code point} over time; empty if none ever came. */
    public StepSeries queueLength(ControlPoint point) {
        return queueLength.getOrDefault(point, StepSeries.empty());
    }

    public StepSeries memory(MemoryComponent component) {
        return memory.getOrDefault(component, StepSeries.empty());
    }

    public StepSeries utilisation(ResourceKind kind) {
        return utilisation.getOrDefault(kind, StepSeries.empty());
    }

    /** Memory in use (all components, net of merged pages) at {@code timeNanos}, plus the host OS's share. */
    public long memoryInUseAt(long timeNanos) {
        double sum = spec.hostOsReserved().bytes();
        for (Map.Entry<MemoryComponent, StepSeries> e : memory.entrySet()) {
            double v = e.getValue().valueAtTime(timeNanos);
            sum += e.getKey() == MemoryComponent.PAGE_SHARING_SAVINGS ? -v : v;
        }
        return Math.round(sum);
    }
}
