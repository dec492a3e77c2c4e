package dev.spinup.model.runtime;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.startup.ControlPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The observers of one infrastructure: any number of them, each told only of the kinds it wants, plus observers
 * of one instance or one host. Producers ask {@link #wants} before building an event, so nothing is built for
 * nobody. A host's memory, load and queue changes go through its {@link HostFeed}: straight to the
 * {@link HostChangeObserver}s' sinks, and as events only to the observers that take events.
 */
final class Observers {

    private static final int INSTANCE_KINDS = ModelEvent.Kind.INSTANCE_ADMITTED.bit()
            | ModelEvent.Kind.INSTANCE_REFUSED.bit() | ModelEvent.Kind.PHASE_STARTED.bit()
            | ModelEvent.Kind.PHASE_ENDED.bit() | ModelEvent.Kind.INSTANCE_READY.bit()
            | ModelEvent.Kind.INSTANCE_STOPPED.bit() | ModelEvent.Kind.INSTANCE_FAILED.bit();
    private static final int ALL_KINDS = (1 << ModelEvent.Kind.values().length) - 1;
    private static final int HOST_CHANGE_KINDS = ModelEvent.Kind.MEMORY_CHANGED.bit()
            | ModelEvent.Kind.LOAD_CHANGED.bit() | ModelEvent.Kind.QUEUE_CHANGED.bit();

    /**
     * An observer, the kinds it asked for and, of those, the ones it takes through host sinks rather than as
     * events, each as a bit set.
     */
    private record Subscription(ModelObserver observer, int kinds, int direct) {
        Subscription(ModelObserver observer, int kinds) {
            this(observer, kinds, 0);
        }

        boolean wants(ModelEvent.Kind kind) {
            return (kinds & kind.bit()) != 0;
        }

        boolean wantsEvent(ModelEvent.Kind kind) {
            return ((kinds & ~direct) & kind.bit()) != 0;
        }
    }

    private final List<Subscription> everywhere = new ArrayList<>(2);
    private final Map<InstanceId, List<Subscription>> byInstance = new HashMap<>();
    private final Map<String, List<Subscription>> byHost = new HashMap<>();
    /** The kinds someone wants: the union of every subscription's. */
    private int wanted;
    /** The kinds someone wants as events (the host changes that every observer of them takes directly are not). */
    private int wantedAsEvents;
    /** Counts the subscriptions, so that a host's feed sees when it must look again at who takes its changes. */
    private int version;

    private static int bits(ModelObserver observer) {
        int bits = 0;
        for (ModelEvent.Kind kind : observer.wants()) {
            bits |= kind.bit();
        }
        return bits;
    }

    void add(ModelObserver observer) {
        int kinds = bits(observer);
        subscribed(everywhere, new Subscription(observer, kinds,
                observer instanceof HostChangeObserver ? kinds & HOST_CHANGE_KINDS : 0));
    }

    void addForInstance(InstanceId instance, ModelObserver observer) {
        subscribed(byInstance.computeIfAbsent(instance, k -> new ArrayList<>(1)),
                new Subscription(observer, bits(observer) & INSTANCE_KINDS));
    }

    void addForHost(String host, ModelObserver observer) {
        subscribed(byHost.computeIfAbsent(host, k -> new ArrayList<>(1)), new Subscription(observer, bits(observer)));
    }

    private void subscribed(List<Subscription> list, Subscription s) {
        list.add(s);
        wanted |= s.kinds();
        wantedAsEvents |= s.kinds() & ~s.direct();
        version++;
    }

    /** True if any observer wants events of this kind (of some instance or host, at least). */
    boolean wants(ModelEvent.Kind kind) {
        return (wanted & kind.bit()) != 0;
    }

    private boolean wantsAsEvent(ModelEvent.Kind kind) {
        return (wantedAsEvents & kind.bit()) != 0;
    }

    /** The feed of the host named {@code host}'s memory, load and queue changes. */
    HostFeed feed(String host) {
        return new HostFeed(host);
    }

    boolean wantsAll() {
        return wanted == ALL_KINDS;
    }

    /** Tells the event to every observer that wants its kind: those of everything first, then its instance's, then its host's. */
    void on(ModelEvent event) {
        ModelEvent.Kind kind = event.kind();
        if (!wants(kind)) {
            return;
        }
        // By index over the count at the start: an observer may subscribe another while it is told.
        for (int i = 0, n = everywhere.size(); i < n; i++) {
            Subscription s = everywhere.get(i);
            if (s.wantsEvent(kind)) {
                s.observer().on(event);
            }
        }
        if (!byInstance.isEmpty() && event instanceof ModelEvent.OfInstance of) {
            tell(byInstance.get(of.instance()), event, kind);
        }
        if (!byHost.isEmpty() && event instanceof ModelEvent.OfHost of) {
            tell(byHost.get(of.host()), event, kind);
        }
    }

    private static void tell(List<Subscription> subscriptions, ModelEvent event, ModelEvent.Kind kind) {
        if (subscriptions == null) {
            return;
        }
        for (Subscription s : List.copyOf(subscriptions)) {
            if (s.wants(kind)) {
                s.observer().on(event);
            }
        }
    }

    /**
     * One host's memory, load and queue changes: told to the sinks of the observers that take them directly (each
     * sink asked for once), and built into an event only if some other observer wants it.
     */
    final class HostFeed {
        private static final HostChangeSink[] NONE = new HostChangeSink[0];

        private final String host;
        private int seenVersion = -1;
        private HostChangeSink[] memory = NONE;
        private HostChangeSink[] load = NONE;
        private HostChangeSink[] queues = NONE;
        private final Map<ModelObserver, HostChangeSink> sinks = new IdentityHashMap<>(2);

        private HostFeed(String host) {
            this.host = host;
        }

        void memoryChanged(long timeNanos, MemoryComponent component, long bytes) {
            refresh();
            for (HostChangeSink sink : memory) {
                sink.memoryChanged(timeNanos, component, bytes);
            }
            if (wantsAsEvent(ModelEvent.Kind.MEMORY_CHANGED)) {
                on(new ModelEvent.MemoryChanged(timeNanos, host, component, bytes));
            }
        }

        void loadChanged(long timeNanos, ResourceKind resource, int activeJobs, double utilisation) {
            refresh();
            for (HostChangeSink sink : load) {
                sink.loadChanged(timeNanos, resource, activeJobs, utilisation);
            }
            if (wantsAsEvent(ModelEvent.Kind.LOAD_CHANGED)) {
                on(new ModelEvent.LoadChanged(timeNanos, host, resource, activeJobs, utilisation));
            }
        }

        void queueChanged(long timeNanos, ControlPoint point, int waiting, int holding) {
            refresh();
            for (HostChangeSink sink : queues) {
                sink.queueChanged(timeNanos, point, waiting, holding);
            }
            if (wantsAsEvent(ModelEvent.Kind.QUEUE_CHANGED)) {
                on(new ModelEvent.QueueChanged(timeNanos, host, point, waiting, holding));
            }
        }

        /** Looks again at who takes this host's changes directly, when someone has subscribed since. */
        private void refresh() {
            if (seenVersion == version) {
                return;
            }
            seenVersion = version;
            memory = sinksWanting(ModelEvent.Kind.MEMORY_CHANGED);
            load = sinksWanting(ModelEvent.Kind.LOAD_CHANGED);
            queues = sinksWanting(ModelEvent.Kind.QUEUE_CHANGED);
        }

        private HostChangeSink[] sinksWanting(ModelEvent.Kind kind) {
            List<HostChangeSink> out = new ArrayList<>(1);
            for (Subscription s : everywhere) {
                if ((s.direct() & kind.bit()) != 0) {
                    out.add(sinks.computeIfAbsent(s.observer(), o -> ((HostChangeObserver) o).changesOf(host)));
                }
            }
            return out.toArray(NONE);
        }
    }
}
