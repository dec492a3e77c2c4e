package dev.spinup.orchestration;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.engine.Simulation;
import dev.spinup.model.image.Image;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.WorkloadDriver;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.StackSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A Kubernetes-like cluster as a run's workload driver: the API server, the deployments and their controllers,
 * the autoscalers and the scenario's cluster events, over a {@link PodRuntime} that puts pods on nodes (bare-metal
 * hosts or node VMs, by the arm's stack) or launches one VM per replica. Keeps the pod counts the charts show.
 */
public final class Cluster implements WorkloadDriver {

    private static final EventKind EVENT = EventKind.of("cluster: scenario event");

    private final ClusterSpec spec;
    private final String stackId;
    private final StackSpec stack;
    private final AppProfile app;
    private final Map<String, Deployment> deployments = new LinkedHashMap<>();
    private final Map<String, AppProfile> appsByImage = new HashMap<>();
    private final List<Pod> pods = new ArrayList<>();
    private final List<ClusterNote> notes = new ArrayList<>();
    private Simulation simulation;
    private Infrastructure infrastructure;
    private ApiServer api;
    private ApiServer.Client controllerClient;
    private ClusterMetrics metrics;
    private PodRuntime runtime;
    private long ready;
    private long pending;
    private int periodicScheduled;

    /**
     * @param stackId the arm's stack id (node pools may name the arms they belong to)
     * @param app the app every pod runs; a rollout's image swaps only its image
     */
    public Cluster(ClusterSpec spec, String stackId, StackSpec stack, AppProfile app) {
        this.spec = spec;
        this.stackId = stackId;
        this.stack = stack;
        this.app = app;
    }

    @Override
    public void drive(Infrastructure infra) {
        this.infrastructure = infra;
        this.simulation = infra.simulation();
        ControlPlane plane = spec.controlPlaneFor(stackId);
        this.api = new ApiServer(simulation, plane.apiLatencyNanos(), Optional.empty());
        this.controllerClient = api.client("kube-controller-manager", plane.controllerManager());
        this.metrics = new ClusterMetrics(simulation.now());
        this.runtime = stack instanceof ContainerStack || stack instanceof ContainersInVmStack
                ? new ScheduledPods(this, spec.poolsFor(stackId)) : new VmPerReplica(this);
        runtime.start();
        for (DeploymentSpec deployment : spec.deployments()) {
            deployments.put(deployment.name(), new Deployment(this, deployment));
        }
        deployments.values().forEach(Deployment::reconcile);
        for (ClusterEvent event : spec.events()) {
            simulation.scheduleAt(event.atNanos(), Priority.NORMAL, EVENT, () -> perform(event));
        }
        for (HorizontalAutoscalerSpec hpa : spec.horizontalAutoscalers()) {
            new HorizontalAutoscaler(this, hpa, deployments.get(hpa.deployment())).start();
        }
        if (runtime instanceof ScheduledPods scheduled && stack instanceof ContainersInVmStack) {
            spec.clusterAutoscaler().ifPresent(ca -> new ClusterAutoscaler(this, ca, scheduled).start());
        }
    }

    /** What the cluster did, once the run has ended. */
    public ClusterResult result() {
        ClusterResult.Builder builder = new ClusterResult.Builder();
        runtime.finish(builder);
        List<PodResult> results = new ArrayList<>(pods.size());
        pods.forEach(p -> results.add(PodResult.of(p)));
        return new ClusterResult(builder.kind, results, builder.nodes, metrics.ready(), metrics.pending(),
                metrics.unschedulable(), metrics.schedulerQueue(), metrics.bound(), api.requestSeries(),
                metrics.readyNodes(), notes, runtime instanceof ScheduledPods s ? s.schedulerCycles() : 0);
    }

    // ---- what the parts share ----

    ClusterSpec spec() {
        return spec;
    }

    StackSpec stack() {
        return stack;
    }

    Simulation simulation() {
        return simulation;
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    ApiServer api() {
        return api;
    }

    ClusterMetrics metrics() {
        return metrics;
    }

    /** The app as it runs from {@code image} (a rollout changes the image, not the app). */
    AppProfile app(Image image) {
        return appsByImage.computeIfAbsent(image.reference(), ref -> ref.equals(app.imageReference()) ? app
                : app.withImageReference(ref));
    }

    String stackId() {
        return stackId;
    }

    /**
     * Runs {@code task} every {@code periodNanos} (a controller's sync loop) while anything else is still to
     * happen or {@code keepGoing} says so: loops of controllers alone do not keep a finished run going.
     */
    void periodic(long periodNanos, EventKind kind, Runnable task, BooleanSupplier keepGoing) {
        periodicScheduled++;
        simulation.schedule(periodNanos, Priority.NORMAL, kind, () -> {
            periodicScheduled--;
            task.run();
            if (simulation.pendingEvents() > periodicScheduled || keepGoing.getAsBoolean()) {
                periodic(periodNanos, kind, task, keepGoing);
            }
        });
    }

    void note(ClusterNote.Kind kind, String text) {
        notes.add(new ClusterNote(simulation.now(), kind, text));
    }

    Optional<Deployment> deployment(String name) {
        return Optional.ofNullable(deployments.get(name));
    }

    // ---- pod lifecycle, counted once here ----

    /** The controller asks the API server for a pod of {@code set}; it exists once the request is served. */
    void createPod(Deployment deployment, ReplicaSet set) {
        controllerClient.request().whenDone(done -> {
            set.creationServed();
            if (set.pods() >= set.desired()) {
                deployment.reconcile();
                return;
            }
            Pod pod = new Pod(pods.size(), set.nextPodName(), set.name(), set.podSpec(), simulation.now());
            pods.add(pod);
            set.adopt(pod);
            pending++;
            metrics.pending().set(simulation.now(), pending);
            runtime.created(pod);
        });
    }

    /** The controller deletes a pod: it stops counting at once and goes when its container has stopped. */
    void deletePod(Pod pod) {
        if (pod.isDeleting() || !pod.isAlive()) {
            return;
        }
        unready(pod);
        pod.markDeleting(simulation.now());
        pod.replicaSet().release(pod);
        runtime.delete(pod);
    }

    void bound(Pod pod) {
        pod.bound(simulation.now());
    }

    void running(Pod pod) {
        if (!pod.isAlive() || pod.runningAt() >= 0) {
            return;
        }
        pod.running(simulation.now());
        pending--;
        metrics.pending().set(simulation.now(), pending);
    }

    void ready(Pod pod) {
        if (pod.phase() != PodPhase.RUNNING || pod.isDeleting()) {
            return;
        }
        pod.ready(simulation.now());
        ready++;
        metrics.ready().set(simulation.now(), ready);
        pod.replicaSet().becameReady();
        reconcileOwner(pod);
    }

    /** The pod stops counting as Ready (being deleted, or its node went NotReady). */
    void unready(Pod pod) {
        if (pod.phase() != PodPhase.READY) {
            return;
        }
        pod.notReady();
        ready--;
        metrics.ready().set(simulation.now(), ready);
        pod.replicaSet().becameUnready();
    }

    /** The pod is gone (deleted, evicted or its container failed); its controller replaces it if still wanted. */
    void terminated(Pod pod) {
        if (!pod.isAlive()) {
            return;
        }
        unready(pod);
        if (pod.runningAt() < 0) {
            pending--;
            metrics.pending().set(simulation.now(), pending);
        }
        pod.terminated(simulation.now());
        pod.replicaSet().release(pod);
        reconcileOwner(pod);
    }

    private void reconcileOwner(Pod pod) {
        pod.replicaSet().deployment().reconcile();
    }

    private void perform(ClusterEvent event) {
        if (event instanceof ClusterEvent.Scale scale) {
            deployment(scale.deployment()).ifPresent(d -> {
                note(ClusterNote.Kind.SCALED, "deployment " + d.name() + " scaled from " + d.replicas() + " to "
                        + scale.to() + " replicas");
                d.scale(scale.to());
            });
        } else if (event instanceof ClusterEvent.Rollout rollout) {
            deployment(rollout.deployment()).ifPresent(d -> {
                note(ClusterNote.Kind.ROLLOUT, "deployment " + d.name() + " rolls out " + rollout.image().reference());
                d.rollout(rollout.image());
            });
        } else if (event instanceof ClusterEvent.FailNode fail) {
            runtime.failNode(fail.node());
        }
    }
}
