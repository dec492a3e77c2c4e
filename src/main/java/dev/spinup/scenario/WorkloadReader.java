package dev.spinup.scenario;

import dev.spinup.engine.random.Constant;
import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.model.runtime.SteadyStateLoad;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseLength;
import dev.spinup.scenario.json.BooleanNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the {@code workload} section: the catalogue app every stack runs and its overrides, its image, how many
 * instances arrive and how, where they are placed, and which images are already on the hosts.
 */
final class WorkloadReader {

    /** Whether the workload's own image is on every host before the run ({@code warm}) or must be pulled. */
    enum Cache {
        WARM,
        COLD
    }

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    /** The key of each resource class under {@code workload.steadyState}, as the schema names them. */
    static final Map<ResourceClass, String> STEADY_STATE_KEYS = new EnumMap<>(Map.of(ResourceClass.CPU, "cpu",
            ResourceClass.MEMORY_BANDWIDTH, "memoryBandwidth", ResourceClass.NETWORK_ROUND_TRIP, "networkRoundTrip",
            ResourceClass.RANDOM_IO, "randomIo", ResourceClass.SYSCALLS, "syscalls"));

    private WorkloadReader() {
    }

    static Optional<Workload> read(ObjectView w, ImageLibrary images, HostSpec host) {
        Optional<AppProfile> app = Names.resolve(w, "app", true, "app", Catalogue::app, Catalogue.appKeys());
        Optional<Image> image = w.has("image") ? images.resolve(w, "image", false)
                : app.flatMap(a -> images.find(a.imageReference()));
        int instances = Bounds.limitedCount(w, "instances", 0, ScenarioLimits.MAX_INSTANCES, "instances");
        Arrival arrival = ArrivalReader.read(w);
        OptionalInt inFlight = inFlight(w);
        PlacementPolicy placement = w.optionalEnum("placement", PlacementPolicy.class).orElse(PlacementPolicy.FIRST_FIT);
        Cache cache = w.optionalEnum("cache", Cache.class).orElse(Cache.WARM);
        List<Image> preloaded = new ArrayList<>();
        w.optionalArray("preloaded").ifPresent(array -> {
            array.requireSize(0, ScenarioLimits.MAX_IMAGES);
            for (JsonNode node : array.nodes()) {
                images.resolve(node, w.problems()).ifPresent(preloaded::add);
            }
        });
        Optional<SteadyStateLoad> steadyState = steadyState(w);
        Optional<AppProfile> overridden = app.map(a -> w.optionalObject("appOverrides")
                .map(o -> overrides(o, a, host)).orElse(a));
        if (app.isEmpty()) {
            // The app failed to read: its overrides cannot be checked against it, but they are no unknown field.
            w.allow("appOverrides");
        }
        Section.WORKLOAD.finish(w);
        if (overridden.isEmpty() || image.isEmpty()) {
            return Optional.empty();
        }
        AppProfile finalApp = image.get().reference().equals(overridden.get().imageReference()) ? overridden.get()
                : overridden.get().withImageReference(image.get().reference());
        Set<Image> onHosts = new LinkedHashSet<>();
        if (cache == Cache.WARM) {
            onHosts.add(image.get());
        }
        onHosts.addAll(preloaded);
        return Optional.of(new Workload(finalApp, image.get(), instances, arrival, placement, List.copyOf(onHosts),
                inFlight, steadyState));
    }

    /**
     * {@code steadyState}: {@code true} for every resource class's benchmark at one second natively, or an
     * object giving each class to run and how long it takes on bare metal.
     */
    private static Optional<SteadyStateLoad> steadyState(ObjectView w) {
        Optional<JsonNode> node = w.node("steadyState");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof BooleanNode) {
            return w.optionalBoolean("steadyState", false) ? Optional.of(SteadyStateLoad.everyClass(ONE_SECOND))
                    : Optional.empty();
        }
        return w.optionalObject("steadyState").flatMap(o -> {
            Map<ResourceClass, Duration> times = new EnumMap<>(ResourceClass.class);
            for (ResourceClass kind : ResourceClass.values()) {
                Bounds.positiveDuration(o, STEADY_STATE_KEYS.get(kind)).ifPresent(t -> times.put(kind, t));
            }
            Section.STEADY_STATE.finish(o);
            if (o.keys().isEmpty()) {
                o.problem("`steadyState` names no benchmark; give at least one of "
                        + String.join(", ", STEADY_STATE_KEYS.values()) + ", or write `true` for all of them");
            }
            return times.isEmpty() ? Optional.empty() : Optional.of(new SteadyStateLoad(times));
        });
    }

    /** {@code inFlight}: at most this many starts in progress at once; the rest wait their turn outside the hosts. */
    static OptionalInt inFlight(ObjectView v) {
        return v.has("inFlight")
                ? OptionalInt.of(Bounds.limitedCount(v, "inFlight", 1, ScenarioLimits.MAX_INSTANCES, "starts in flight"))
                : OptionalInt.empty();
    }

    /** {@code appOverrides}: the app's resident memory (fixed or varying), the memory it requests, and how long its start takes alone. */
    private static AppProfile overrides(ObjectView o, AppProfile app, HostSpec host) {
        AppProfile result = app;
        // what each instance's app keeps resident: one size, or a distribution each instance draws its own from
        Optional<Distribution> memory = ValueDistributions.read(o, "memory", ValueDistributions.Measure.SIZE);
        if (memory.isPresent()) {
            result = memory.get() instanceof Constant fixed
                    ? result.withResident(LessonSetting.cite(DataSize.ofBytes(Math.round(fixed.value()))))
                    : result.withResidentVarying(memory.get(), Source.LESSON_SETTING);
        }
        Optional<DataSize> request = Bounds.anySize(o, "memoryRequest");
        if (request.isPresent()) {
            result = result.withMemoryRequest(LessonSetting.cite(request.get()));
        }
        Optional<Distribution> start = ValueDistributions.read(o, "start");
        if (start.isPresent()) {
            result = result.withStartPhase(result.startPhase().retimed(start.get(), host.disk(), host.nic(),
                    Source.LESSON_SETTING, PhaseLength.streamFor(PhaseKind.APP)));
        }
        Section.APP_OVERRIDES.finish(o);
        return result;
    }
}
