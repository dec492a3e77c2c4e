package dev.spinup.orchestration;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.SimTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A HorizontalPodAutoscaler: every sync period it compares the CPU the load curve demands, shared by the
 * deployment's ready pods, with the target utilisation of their CPU request, and sets the replicas to
 * ceil(ready × utilisation / target) within [min, max]. Changes inside the tolerance are ignored; a scale-down
 * takes the highest recommendation of the stabilisation window, as kube-controller-manager does.
 */
final class HorizontalAutoscaler {

    private static final EventKind SYNC = EventKind.of("horizontal autoscaler: sync");

    private record Recommendation(long at, int replicas) {
    }

    private final Cluster cluster;
    private final HorizontalAutoscalerSpec spec;
    private final Deployment deployment;
    private final Deque<Recommendation> window = new ArrayDeque<>();
    private final long lastLoadChange;

    HorizontalAutoscaler(Cluster cluster, HorizontalAutoscalerSpec spec, Deployment deployment) {
        this.cluster = cluster;
        this.spec = spec;
        this.deployment = deployment;
        this.lastLoadChange = spec.load().get(spec.load().size() - 1).atNanos();
    }

    void start() {
        cluster.periodic(spec.syncPeriodNanos().value(), SYNC, this::sync,
                () -> cluster.simulation().now() < lastLoadChange + spec.stabilisationNanos().value());
    }

    private void sync() {
        long now = cluster.simulation().now();
        int ready = deployment.ready();
        if (ready == 0) {
            return;
        }
        double coresPerPod = deployment.spec().requests().milliCpu() / 1000.0;
        double load = spec.loadAt(now);
        double utilisation = load / (ready * coresPerPod);
        double ratio = utilisation / spec.targetUtilisation();
        int current = deployment.replicas();
        int recommended = Math.abs(ratio - 1) <= spec.tolerance().value() ? current
                : (int) Math.ceil(ready * ratio - 1e-9);
        recommended = Math.max(spec.minReplicas(), Math.min(spec.maxReplicas(), recommended));
        window.addLast(new Recommendation(now, recommended));
        while (!window.isEmpty() && window.peekFirst().at() < now - spec.stabilisationNanos().value()) {
            window.removeFirst();
        }
        int desired = recommended;
        if (recommended < current) {
            for (Recommendation r : window) {
                desired = Math.max(desired, r.replicas());
            }
            desired = Math.min(desired, current);
        }
        if (desired != current) {
            cluster.note(ClusterNote.Kind.AUTOSCALED, String.format(Locale.ROOT,
                    "the horizontal autoscaler set %s from %d to %d replicas at %.0f s: %.1f cores of load is %.0f %%"
                            + " of %d ready pods' requests (target %.0f %%)", deployment.name(), current, desired,
                    SimTime.toSeconds(now), load, 100 * utilisation, ready, 100 * spec.targetUtilisation()));
            deployment.scale(desired);
        }
    }
}
