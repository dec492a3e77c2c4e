package dev.spinup.orchestration;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.engine.ScheduledEvent;
import dev.spinup.engine.Simulation;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * kube-scheduler as one process: it takes the next pod from the active queue, filters and scores nodes for one
 * cycle (whose simulated length grows with the nodes filtered), assumes the pod onto the chosen node at once and
 * binds it through the API server in the background, as kube-scheduler's binding goroutines do. A pod no node can
 * take goes to the unschedulable set until the cluster changes.
 */
public final class Scheduler {

    private static final EventKind CYCLE = EventKind.of("scheduler: cycle");
    private static final EventKind BACKOFF = EventKind.of("scheduler: back-off expired");
    private static final EventKind RETRY = EventKind.of("scheduler: unschedulable retry");

    private final Simulation simulation;
    private final CapacityIndex index;
    private final SchedulerProfile profile;
    private final NodeSelector selector;
    private final ApiServer.Client api;
    private final ClusterMetrics metrics;
    private final Consumer<Pod> onBound;
    private final SchedulingQueue queue = new SchedulingQueue();
    private boolean cycling;
    private boolean periodicRetry = true;
    private ScheduledEvent backoffWakeUp;
    private long cycles;
    private String lastFailure = "";
    private String lastReported = "";
    private BiConsumer<Pod, String> failures = (pod, message) -> { };

    public Scheduler(Simulation simulation, CapacityIndex index, SchedulerProfile profile, ApiServer.Client api,
                     ClusterMetrics metrics, Consumer<Pod> onBound) {
        this.simulation = simulation;
        this.index = index;
        this.profile = profile;
        this.selector = profile.selector();
        this.api = api;
        this.metrics = metrics;
        this.onBound = onBound;
    }

    /** A new pod was created (observed through the scheduler's watch). */
    public void enqueue(Pod pod) {
        queue.addActive(pod, simulation.now());
        queueChanged();
        wake();
    }

    /** A node joined, became Ready or a pod left: unschedulable pods get another try. */
    public void clusterChanged() {
        if (queue.unschedulableSize() == 0) {
            return;
        }
        queue.moveUnschedulable(simulation.now(), profile);
        queueChanged();
        armBackoffWakeUp();
        wake();
    }

    /**
     * Turns off the periodic retry of unschedulable pods (kube-scheduler's 5-minute flush). In a simulation no
     * cluster change is ever missed, so the flush only repeats a failing cycle, and without it a run whose pods
     * can never fit ends instead of retrying for ever.
     */
    public void disablePeriodicRetry() {
        periodicRetry = false;
    }

    /**
     * Hands each FailedScheduling message to {@code sink} with its pod, when it differs from the last one handed
     * on: a burst of pods failing for the same reason is one line of narration, not thousands.
     */
    public void reportFailuresTo(BiConsumer<Pod, String> sink) {
        this.failures = sink;
    }

    public long cycles() {
        return cycles;
    }

    /** The FailedScheduling message of the last pod that found no node, for narration. */
    public String lastFailure() {
        return lastFailure;
    }

    /** The pods no node could take at their last try, waiting for the cluster to change. */
    public List<Pod> unschedulablePods() {
        return queue.unschedulablePods();
    }

    public int unschedulable() {
        return queue.unschedulableSize();
    }

    private void wake() {
        if (!cycling && queue.hasActive()) {
            cycling = true;
            simulation.schedule(0, CYCLE, this::cycle);
        }
    }

    private void cycle() {
        Pod pod = queue.pollActive();
        while (pod != null && pod.phase() != PodPhase.PENDING) {
            pod = queue.pollActive();
        }
        queueChanged();
        if (pod == null) {
            cycling = false;
            return;
        }
        Pod scheduling = pod;
        scheduling.countAttempt();
        Selection selection = selector.select(scheduling.spec(), index);
        cycles++;
        simulation.schedule(profile.cycleNanos(selection.nodesFiltered()), CYCLE, () -> finish(scheduling, selection));
    }

    private void finish(Pod pod, Selection selection) {
        if (pod.phase() == PodPhase.PENDING) {
            if (selection.isScheduled() && Filter.firstRejecting(pod.spec(), selection.node().get()) == null) {
                assumeAndBind(pod, selection.node().get());
            } else if (selection.isScheduled()) {
                // The chosen node changed during the cycle (it failed): try again after the back-off.
                queue.addBackoff(pod, simulation.now() + profile.backoffNanos(pod.schedulingAttempts()));
                armBackoffWakeUp();
            } else {
                String message = selection.message();
                lastFailure = pod.name() + ": " + message;
                if (!message.equals(lastReported)) {
                    lastReported = message;
                    failures.accept(pod, message);
                }
                queue.addUnschedulable(pod, simulation.now());
                int attempts = pod.schedulingAttempts();
                if (periodicRetry) {
                    simulation.schedule(profile.unschedulableRetryNanos().value(), Priority.NORMAL, RETRY, () -> {
                        if (pod.schedulingAttempts() == attempts
                                && queue.retryUnschedulable(pod, simulation.now())) {
                            queueChanged();
                            wake();
                        }
                    });
                }
            }
        }
        queueChanged();
        simulation.schedule(0, CYCLE, this::cycle);
    }

    private void assumeAndBind(Pod pod, Node node) {
        index.assume(pod, node);
        api.request().whenDone(done -> {
            if (pod.phase() != PodPhase.PENDING) {
                return;
            }
            pod.bound(simulation.now());
            metrics.bound().add(simulation.now(), 1);
            onBound.accept(pod);
        });
    }

    private void armBackoffWakeUp() {
        long expiry = queue.nextBackoffExpiry();
        if (expiry < 0) {
            return;
        }
        if (backoffWakeUp != null && backoffWakeUp.isPending()) {
            if (backoffWakeUp.time() <= expiry) {
                return;
            }
            backoffWakeUp.cancel();
        }
        backoffWakeUp = simulation.scheduleAt(Math.max(expiry, simulation.now()), Priority.NORMAL, BACKOFF, () -> {
            queue.flushBackoff(simulation.now());
            queueChanged();
            armBackoffWakeUp();
            wake();
        });
    }

    private void queueChanged() {
        metrics.schedulerQueue().set(simulation.now(), queue.activeSize() + queue.backoffSize());
        metrics.unschedulable().set(simulation.now(), queue.unschedulableSize());
    }
}
