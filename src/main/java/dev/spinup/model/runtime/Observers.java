package dev.spinup.model.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The observers of one infrastructure: any number of them, each told only of the kinds it wants, plus observers
 * of one instance or one host. Producers ask {@link #wants} before building an event, so nothing is built for
 * nobody.
 */
final class Observers {

    private static final int INSTANCE_KINDS = ModelEvent.Kind.INSTANCE_ADMITTED.bit()
            | ModelEvent.Kind.INSTANCE_REFUSED.bit() | ModelEvent.Kind.PHASE_STARTED.bit()
            | ModelEvent.Kind.PHASE_ENDED.bit() | ModelEvent.Kind.INSTANCE_READY.bit()
            | ModelEvent.Kind.INSTANCE_STOPPED.bit() | ModelEvent.Kind.INSTANCE_FAILED.bit();
    private static final int ALL_KINDS = (1 << ModelEvent.Kind.values().length) - 1;

    /** An observer and the kinds it asked for, as a bit set. */
    private record Subscription(ModelObserver observer, int kinds) {
        Subscription(ModelObserver observer) {
            this(observer, bits(observer));
        }

        boolean wants(ModelEvent.Kind kind) {
            return (kinds & kind.bit()) != 0;
        }
    }

    private final List<Subscription> everywhere = new ArrayList<>(2);
    private final Map<InstanceId, List<Subscription>> byInstance = new HashMap<>();
    private final Map<String, List<Subscription>> byHost = new HashMap<>();
    /** The kinds someone wants: the union of every subscription's. */
    private int wanted;

    private static int bits(ModelObserver observer) {
        int bits = 0;
        for (ModelEvent.Kind kind : observer.wants()) {
            bits |= kind.bit();
        }
        return bits;
    }

    void add(ModelObserver observer) {
        Subscription s = new Subscription(observer);
        everywhere.add(s);
        wanted |= s.kinds();
    }

    void addForInstance(InstanceId instance, ModelObserver observer) {
        Subscription s = new Subscription(observer, bits(observer) & INSTANCE_KINDS);
        byInstance.computeIfAbsent(instance, k -> new ArrayList<>(1)).add(s);
        wanted |= s.kinds();
    }

    void addForHost(String host, ModelObserver observer) {
        Subscription s = new Subscription(observer);
        byHost.computeIfAbsent(host, k -> new ArrayList<>(1)).add(s);
        wanted |= s.kinds();
    }

    /** True if any observer wants events of this kind (of some instance or host, at least). */
    boolean wants(ModelEvent.Kind kind) {
        return (wanted & kind.bit()) != 0;
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
            if (s.wants(kind)) {
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
}
