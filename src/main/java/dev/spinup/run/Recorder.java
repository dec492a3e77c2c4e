package dev.spinup.run;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.runtime.HostChangeObserver;
import dev.spinup.model.runtime.HostChangeSink;
import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.startup.ControlPoint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listens to one arm's model and keeps what the results need: the lifecycle trace the app replays, and per host
 * the memory by component, the load on each resource and the live instances over time, plus ready instances
 * over time, each serialization point's queue and each registry's egress load over time. Frequent memory, load
 * and queue changes go into compact series, not into the trace, and come straight from each host into its
 * series (no event object, no look-up of the host per change).
 */
final class Recorder implements HostChangeObserver {

    /** The series of one host, each kind's indexed by its enum's ordinal (null until it first changes). */
    static final class HostSeries implements HostChangeSink {
        final StepSeries.Builder[] memory = new StepSeries.Builder[MemoryComponent.values().length];
        final StepSeries.Builder[] load = new StepSeries.Builder[ResourceKind.values().length];
        final StepSeries.Builder live = new StepSeries.Builder();
        final StepSeries.Builder[] queues = new StepSeries.Builder[ControlPoint.values().length];

        @Override
        public void memoryChanged(long timeNanos, MemoryComponent component, long bytes) {
            builder(memory, component.ordinal()).set(timeNanos, bytes);
        }

        @Override
        public void loadChanged(long timeNanos, ResourceKind resource, int activeJobs, double utilisation) {
            builder(load, resource.ordinal()).set(timeNanos, utilisation);
        }

        @Override
        public void queueChanged(long timeNanos, ControlPoint point, int waiting, int holding) {
            builder(queues, point.ordinal()).set(timeNanos, waiting);
        }

        Map<MemoryComponent, StepSeries> memory() {
            return built(memory, MemoryComponent.class);
        }

        Map<ResourceKind, StepSeries> load() {
            return built(load, ResourceKind.class);
        }

        Map<ControlPoint, StepSeries> queues() {
            return built(queues, ControlPoint.class);
        }

        private static <K extends Enum<K>> Map<K, StepSeries> built(StepSeries.Builder[] builders, Class<K> kind) {
            Map<K, StepSeries> out = new EnumMap<>(kind);
            K[] keys = kind.getEnumConstants();
            for (int i = 0; i < builders.length; i++) {
                if (builders[i] != null) {
                    out.put(keys[i], builders[i].build());
                }
            }
            return out;
        }
    }

    /** The series of one registry's egress link. */
    static final class RegistrySeries {
        final StepSeries.Builder downloads = new StepSeries.Builder();
        final StepSeries.Builder utilisation = new StepSeries.Builder();
    }

    /** How much an arm-replication's recorder keeps. */
    enum Keep {
        /** The trace and every series: the first replication of a run in full detail. */
        EVERYTHING(EnumSet.allOf(ModelEvent.Kind.class)),
        /** Ready instances, live instances and memory per host over time; no trace. */
        SERIES(EnumSet.of(ModelEvent.Kind.INSTANCE_ADMITTED, ModelEvent.Kind.INSTANCE_READY,
                ModelEvent.Kind.INSTANCE_STOPPED, ModelEvent.Kind.INSTANCE_FAILED, ModelEvent.Kind.MEMORY_CHANGED)),
        /** Nothing: a replication that only needs its summary. */
        NOTHING(EnumSet.noneOf(ModelEvent.Kind.class));

        private final Set<ModelEvent.Kind> kinds;

        Keep(Set<ModelEvent.Kind> kinds) {
            this.kinds = kinds;
        }
    }

    private final Keep keep;
    private final List<ModelEvent> trace = new ArrayList<>();
    private final Map<String, HostSeries> hosts = new HashMap<>();
    private final Map<String, RegistrySeries> registries = new LinkedHashMap<>();
    /** Per instance: its resident and reserved memory over time; its host while it is alive; whether it is ready. */
    private final InstanceSlots<StepSeries.Builder[]> instanceMemory = new InstanceSlots<>();
    private final InstanceSlots<String> hostOf = new InstanceSlots<>();
    private final InstanceSlots<Boolean> ready = new InstanceSlots<>();
    private int readyCount;
    private final StepSeries.Builder readyOverTime = new StepSeries.Builder();
    private String lastHost;
    private HostSeries lastSeries;

    Recorder(Keep keep) {
        this.keep = keep;
    }

    /** Only what it keeps, so that nothing else is built for it (nothing at all for a summary's replication). */
    @Override
    public Set<ModelEvent.Kind> wants() {
        return EnumSet.copyOf(keep.kinds);
    }

    @Override
    public HostChangeSink changesOf(String host) {
        return series(host);
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof ModelEvent.InstanceMemoryChanged m) {
            StepSeries.Builder[] s = instanceMemory.get(m.instance());
            if (s == null) {
                s = new StepSeries.Builder[] {new StepSeries.Builder(), new StepSeries.Builder()};
                instanceMemory.put(m.instance(), s);
            }
            s[0].set(m.timeNanos(), m.resident());
            s[1].set(m.timeNanos(), m.reserved());
            return;
        }
        if (event instanceof ModelEvent.RegistryLoadChanged r) {
            RegistrySeries s = registries.computeIfAbsent(r.registry(), name -> new RegistrySeries());
            s.downloads.set(r.timeNanos(), r.downloads());
            s.utilisation.set(r.timeNanos(), r.utilisation());
            return;
        }
        if (keep == Keep.EVERYTHING) {
            trace.add(event);
        }
        if (event instanceof ModelEvent.InstanceAdmitted a) {
            hostOf.put(a.instance(), a.host());
            HostSeries s = series(a.host());
            s.live.set(a.timeNanos(), s.live.current() + 1);
        } else if (event instanceof ModelEvent.InstanceReady r) {
            // Node VMs boot too, but they are infrastructure, not the workload.
            if (r.instance().role().isWorkload() && ready.put(r.instance(), Boolean.TRUE) == null) {
                readyOverTime.set(r.timeNanos(), ++readyCount);
            }
        } else if (event instanceof ModelEvent.InstanceStopped s) {
            ended(s.instance(), s.timeNanos());
        } else if (event instanceof ModelEvent.InstanceFailed f) {
            ended(f.instance(), f.timeNanos());
        }
    }

    private void ended(InstanceId instance, long time) {
        if (ready.put(instance, null) != null) {
            readyOverTime.set(time, --readyCount);
        }
        String host = hostOf.put(instance, null);
        if (host != null) {
            HostSeries s = series(host);
            s.live.set(time, s.live.current() - 1);
        }
    }

    /**
     * The host's series. A host's changes come in bursts (its load and memory change together at one instant) and
     * each host names itself with one string, so the last host looked up is remembered by identity: most events
     * then skip the map.
     */
    private HostSeries series(String host) {
        if (host != lastHost) {
            HostSeries s = hosts.get(host);
            if (s == null) {
                s = new HostSeries();
                hosts.put(host, s);
            }
            lastSeries = s;
            lastHost = host;
        }
        return lastSeries;
    }

    /** The builder at {@code index} of one of a host's series arrays, made on first use. */
    private static StepSeries.Builder builder(StepSeries.Builder[] series, int index) {
        StepSeries.Builder b = series[index];
        if (b == null) {
            b = new StepSeries.Builder();
            series[index] = b;
        }
        return b;
    }

    List<ModelEvent> trace() {
        return trace;
    }

    HostSeries host(String name) {
        return hosts.getOrDefault(name, new HostSeries());
    }

    /** The instance's resident memory over time (net of merged pages); empty if it was never admitted. */
    StepSeries residentOf(InstanceId instance) {
        StepSeries.Builder[] s = instanceMemory.get(instance);
        return s == null ? StepSeries.empty() : s[0].build();
    }

    /** The memory the instance's host reserved for it over time; empty if it was never admitted. */
    StepSeries reservedOf(InstanceId instance) {
        StepSeries.Builder[] s = instanceMemory.get(instance);
        return s == null ? StepSeries.empty() : s[1].build();
    }

    List<RegistryResult> registries() {
        List<RegistryResult> out = new ArrayList<>();
        registries.forEach((name, s) -> out.add(new RegistryResult(name, s.downloads.build(),
                s.utilisation.build())));
        return out;
    }

    StepSeries readyOverTime() {
        return readyOverTime.build();
    }
}
