package dev.spinup.orchestration;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.Priority;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.TokenBucket;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.image.Image;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceState;
import java.util.Optional;

/**
 * One node's kubelet: a pod worker per bound pod that makes sure the image is there (pulls one at a time by
 * default, each through the registry pull limit, by the model's image puller), creates the pod sandbox, starts
 * the container through the model's container pipeline, notices it running at the next PLEG relist and reports
 * running and ready through its API client. A failed node's kubelet falls silent.
 */
final class Kubelet {

    private static final EventKind SANDBOX = EventKind.of("kubelet: pod sandbox created");
    private static final EventKind RELIST = EventKind.of("kubelet: PLEG relist");
    private static final EventKind PROBE = EventKind.of("kubelet: readiness probe passed");

    private final Cluster cluster;
    private final ScheduledPods pods;
    private final Node node;
    private final ApiServer.Client api;
    private final FifoResource pulls;
    private final TokenBucket registry;
    private final long relistOffset;
    private Host host;
    private boolean alive = true;

    Kubelet(Cluster cluster, ScheduledPods pods, Node node, ApiServer.Client api) {
        this.cluster = cluster;
        this.pods = pods;
        this.node = node;
        this.api = api;
        Simulation simulation = cluster.simulation();
        KubeletSpec spec = cluster.spec().kubelet();
        this.pulls = new FifoResource(simulation, node.name() + " image pulls",
                spec.serializeImagePulls().value() ? 1 : Integer.MAX_VALUE / 2);
        this.registry = new TokenBucket(simulation, node.name() + " registry pulls",
                spec.registryPulls().perSecond(), spec.registryPulls().burst());
        long period = spec.relistPeriodNanos().value();
        // Each kubelet relists on its own phase of the period (kubelets start at different moments).
        this.relistOffset = period == 0 ? 0 : Math.floorMod(node.id() * 7_919_000_003L, period);
    }

    Node node() {
        return node;
    }

    boolean isAlive() {
        return alive;
    }

    /** The node's machine is up: its host takes containers. */
    void attach(Host nodeHost) {
        this.host = nodeHost;
    }

    /** The machine failed: nothing more is reported from this node. */
    void fail() {
        alive = false;
    }

    /** A pod was bound here: its pod worker starts. */
    void run(Pod pod) {
        if (!alive || host == null) {
            return;
        }
        Image image = pod.replicaSet().image();
        ensureImage(pod, image).whenDone(pulled -> {
            if (!pulled.isSucceeded() || !carryOn(pod)) {
                return;
            }
            cluster.simulation().schedule(cluster.spec().kubelet().sandboxNanos().value(), Priority.NORMAL,
                    SANDBOX, () -> {
                        if (carryOn(pod)) {
                            startContainer(pod, image);
                        }
                    });
        });
    }

    /** True while the pod worker should go on; a pod deleted meanwhile is reported gone instead. */
    private boolean carryOn(Pod pod) {
        if (!alive) {
            return false;
        }
        if (pod.isDeleting()) {
            reportStopped(pod);
            return false;
        }
        return true;
    }

    /** IfNotPresent: no pull when the node has the image; else one pull at a time, each through the registry limit. */
    private Completion<Void> ensureImage(Pod pod, Image image) {
        Simulation simulation = cluster.simulation();
        if (host.layerCache().hasImage(image)) {
            return simulation.delay(0, SANDBOX);
        }
        long asked = simulation.now();
        return pulls.hold(() -> host.layerCache().hasImage(image) ? simulation.delay(0, SANDBOX)
                : registry.take().then(token -> host.pull(image)).map(report -> null))
                .map(done -> {
                    pod.addPull(simulation.now() - asked);
                    return null;
                });
    }

    private void startContainer(Pod pod, Image image) {
        Infrastructure infrastructure = cluster.infrastructure();
        Instance instance = infrastructure.request(InstanceId.Role.POD, cluster.stack(), cluster.app(image), image);
        pod.instance(instance);
        Optional<Refusal> refusal = infrastructure.startOn(instance, host);
        if (refusal.isPresent()) {
            infrastructure.refuse(instance, host, refusal.get());
            cluster.note(ClusterNote.Kind.UNSCHEDULABLE, pod.name() + " could not start on " + node.name() + ": "
                    + refusal.get().message());
            reportStopped(pod);
            return;
        }
        instance.whenReady(() -> observeRunning(pod, instance));
        // Ended for any reason while the node lives (stopped on deletion, crashed, refused): the pod is gone.
        instance.whenEnded(() -> reportStopped(pod));
    }

    private void observeRunning(Pod pod, Instance instance) {
        Simulation simulation = cluster.simulation();
        long startedAt = simulation.now();
        long period = cluster.spec().kubelet().relistPeriodNanos().value();
        long relist = period == 0 ? startedAt
                : relistOffset + Math.floorDiv(startedAt - relistOffset + period - 1, period) * period;
        simulation.scheduleAt(Math.max(relist, startedAt), Priority.NORMAL, RELIST, () -> {
            if (!alive || pod.isDeleting()) {
                return;
            }
            api.request().whenDone(done -> {
                if (!alive || pod.isDeleting() || !pod.isAlive()) {
                    return;
                }
                cluster.running(pod);
                DeploymentSpec deployment = pod.replicaSet().deployment().spec();
                long readyAt = deployment.probe().readyAt(startedAt,
                        startedAt + deployment.readinessDelayNanos().value());
                simulation.scheduleAt(Math.max(readyAt, simulation.now()), Priority.NORMAL, PROBE, () -> {
                    if (alive && !pod.isDeleting() && instance.state() == InstanceState.RUNNING) {
                        api.request().whenDone(served -> {
                            if (alive) {
                                cluster.ready(pod);
                            }
                        });
                    }
                });
            });
        });
    }

    /** The pod was deleted: stop its container (a graceful shutdown), then report it gone. */
    void kill(Pod pod) {
        if (!alive) {
            return;
        }
        Optional<Instance> instance = pod.instance();
        if (instance.isEmpty()) {
            return; // the pod worker is still pulling or creating the sandbox: it reports when it gets to look
        }
        if (instance.get().state().isLive()) {
            cluster.infrastructure().stop(instance.get()); // its end is reported by startContainer's watch
        } else {
            reportStopped(pod);
        }
    }

    private void reportStopped(Pod pod) {
        if (!alive || !pod.isAlive()) {
            return;
        }
        api.request().whenDone(done -> {
            if (alive) {
                pods.stopped(pod);
            }
        });
    }
}
