package dev.spinup.run;

import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.SteadyStateMeasurement;
import dev.spinup.model.stack.ResourceClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The steady-state benchmarks one instance ran once ready, each with its native and measured time. */
public record SteadyStateRun(InstanceId instance, int index, List<SteadyStateMeasurement> measurements) {

    public SteadyStateRun {
        Objects.requireNonNull(instance, "instance");
        measurements = List.copyOf(measurements);
    }

    /** The benchmark of {@code kind}, if this instance ran one. */
    public Optional<SteadyStateMeasurement> of(ResourceClass kind) {
        return measurements.stream().filter(m -> m.kind() == kind).findFirst();
    }
}
