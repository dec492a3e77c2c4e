package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.stack.ContainerRuntimeProfile;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.scenario.json.ObjectView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the container runtime of a container stack (or of the containers inside node VMs) and its overrides. */
final class ContainerStackReader {

    static final List<String> KEYS = List.of("runtime", "era", "overrides");
    /** The sizes a container stack's overrides may set, in the order they are read. */
    private static final List<Map.Entry<String, MemoryComponent>> SIZES = List.of(
            Map.entry("shim", MemoryComponent.SHIM), Map.entry("sandbox", MemoryComponent.SANDBOX_KERNEL),
            Map.entry("daemon", MemoryComponent.ENGINE_DAEMON));

    private ContainerStackReader() {
    }

    /**
     * The runtime {@code v} names, in the era it names (the current one by default), with its overrides applied;
     * {@code host} is where phases are retimed.
     */
    static Optional<ContainerRuntimeProfile> runtime(ObjectView v, HostSpec host) {
        Optional<ContainerRuntimeProfile> current = Names.resolve(v, "runtime", true, "container runtime",
                Catalogue::runtime, Catalogue.runtimeKeys());
        if (current.isEmpty()) {
            v.allow("era");
        }
        Optional<ContainerRuntimeProfile> runtime = current.flatMap(r -> v.has("era")
                ? EraReader.read(v, r.key(), Catalogue.runtimeEras(r.key()), era -> Catalogue.runtime(r.key(), era))
                : Optional.of(r));
        Optional<ObjectView> overrides = v.optionalObject("overrides");
        if (runtime.isEmpty()) {
            overrides.ifPresent(o -> o.allow(Section.CONTAINER_OVERRIDES.keys().toArray(String[]::new)));
            return Optional.empty();
        }
        if (overrides.isEmpty()) {
            return runtime;
        }
        ObjectView o = overrides.get();
        ContainerRuntimeProfile r = runtime.get();
        // a shim or sandbox kernel: one size, or a distribution each container draws its own from
        // and the daemon, which each host draws once
        for (Map.Entry<String, MemoryComponent> size : SIZES) {
            Optional<Distribution> value = ValueDistributions.read(o, size.getKey(), ValueDistributions.Measure.SIZE);
            if (value.isPresent()) {
                r = value.get() instanceof Constant fixed ? fixed(r, size.getValue(),
                        LessonSetting.cite(DataSize.ofBytes(Math.round(fixed.value()))))
                        : r.withSizeVarying(size.getValue(), value.get(), Source.LESSON_SETTING);
            }
        }
        // how long a container takes to stop: fixed, or a distribution each container draws its own from
        Optional<Distribution> stop = ValueDistributions.read(o, "stop");
        if (stop.isPresent()) {
            r = stop.get() instanceof Constant fixed
                    ? r.withStop(LessonSetting.cite(Duration.ofNanos(Math.round(fixed.value()))))
                    : r.withStopVarying(stop.get(), Source.LESSON_SETTING);
        }
        r = r.withOverhead(OverheadReader.readIn(o, r.overhead()));
        List<PhaseKind> available = r.startPhases().stream().map(p -> p.kind()).toList();
        Map<PhaseKind, Distribution> phases = o.optionalObject("phases").map(x -> PhaseOverrides.read(x, available))
                .orElse(Map.of());
        r = r.withStartPhases(PhaseOverrides.apply(r.startPhases(), phases, host));
        ContainerRuntimeProfile timed = r;
        r = r.withStartPhases(o.optionalObject("stores").map(x -> StoreOverrides.apply(x, timed.startPhases()))
                .orElse(r.startPhases()));
        Section.CONTAINER_OVERRIDES.finish(o);
        return Optional.of(r);
    }

    private static ContainerRuntimeProfile fixed(ContainerRuntimeProfile r, MemoryComponent component,
                                                 Cited<DataSize> value) {
        return switch (component) {
            case SHIM -> r.withShim(value);
            case SANDBOX_KERNEL -> r.withSandbox(value);
            default -> r.withDaemon(value);
        };
    }
}
