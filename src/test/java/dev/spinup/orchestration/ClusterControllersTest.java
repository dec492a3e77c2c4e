package dev.spinup.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rolling updates, node failures, the cluster autoscaler and the horizontal autoscaler on the real model. */
class ClusterControllersTest {

    private static final long S = SimTime.SECOND;

    @Test
    void aRollingUpdateNeverDropsReadyReplicasBelowReplicasMinusMaxUnavailable() {
        Image next = Images.PYTHON_SLIM;
        DeploymentSpec web = ClusterWorld.web(20);
        ClusterWorld world = ClusterWorld.run(4, true, ClusterWorld.DOCKER, ClusterWorld.spec(List.of(),
                List.of(web), List.of(new ClusterEvent.Rollout(60 * S, "web", next))));
        ClusterResult result = world.cluster.result();
        int floor = 20 - web.strategy().unavailable(20);
        CountSeries ready = result.ready();
        long reachedAll = ready.firstReaching(20);
        assertTrue(reachedAll > 0 && reachedAll < 60 * S);
        for (int i = 0; i < ready.size(); i++) {
            if (ready.time(i) >= reachedAll) {
                assertTrue(ready.value(i) >= floor, "ready " + ready.value(i) + " at " + ready.time(i));
            }
        }
        assertEquals(20, ready.last());
        List<PodResult> alive = result.pods().stream().filter(p -> p.terminatedAt() < 0).toList();
        assertEquals(20, alive.size());
        assertTrue(alive.stream().allMatch(p -> p.owner().equals("web-2")), "every live pod is the new version");
        assertTrue(alive.stream().anyMatch(p -> p.pullNanos() > 0), "the new image was pulled");
    }

    @Test
    void afterANodeFailureEveryPodRunsAgainElsewhere() {
        ClusterWorld world = ClusterWorld.run(4, true, ClusterWorld.DOCKER, ClusterWorld.spec(List.of(),
                List.of(ClusterWorld.web(40)), List.of(new ClusterEvent.FailNode(30 * S, 1))));
        ClusterResult result = world.cluster.result();
        assertEquals(40, result.ready().last());
        List<PodResult> onFailed = result.pods().stream().filter(p -> p.node().equals("host-2")).toList();
        assertFalse(onFailed.isEmpty());
        assertTrue(onFailed.stream().allMatch(p -> p.terminatedAt() > 30 * S));
        // NotReady after the 40 s grace, evicted 300 s later: the replacements start after 370 s.
        long evicted = onFailed.get(0).terminatedAt();
        assertTrue(evicted >= 370 * S, "evicted at " + evicted);
        long replaced = result.pods().stream().filter(p -> p.createdAt() >= evicted && p.terminatedAt() < 0)
                .filter(p -> !p.node().equals("host-2")).count();
        assertEquals(onFailed.size(), replaced);
        assertTrue(result.ready().valueAt(31 * S + 40 * S) < 40, "pods on the NotReady node stop counting");
        assertEquals(3, result.readyNodes().last());
    }

    @Test
    void theClusterAutoscalerAddsNodesOnlyWhilePodsAreUnschedulable() {
        ClusterSpec spec = new ClusterSpec(ControlPlane.defaults(), KubeletSpec.defaults(), NodeLifecycle.defaults(),
                List.of(ClusterWorld.pool(2, 10)), List.of(ClusterWorld.web(10)),
                List.of(new ClusterEvent.Scale(120 * S, "web", 150)),
                Optional.of(new ClusterAutoscalerSpec(Cited.of(10 * S, Source.ESTIMATE_CLUSTER_AUTOSCALER))),
                List.of());
        ClusterWorld world = ClusterWorld.run(4, true, ClusterWorld.NODES, spec);
        ClusterResult result = world.cluster.result();
        List<ClusterNote> requests = result.notes().stream()
                .filter(n -> n.kind() == ClusterNote.Kind.NODE_REQUESTED).toList();
        assertFalse(requests.isEmpty());
        for (ClusterNote request : requests) {
            assertTrue(result.unschedulable().valueAt(request.timeNanos()) > 0, request.text());
        }
        assertTrue(result.nodes().stream().anyMatch(NodeFill::autoscaled));
        assertEquals(150, result.ready().last());
        assertTrue(result.nodes().size() <= 10);
    }

    @Test
    void oneVmPerReplicaWaitsForEveryVmToBoot() {
        ClusterWorld world = ClusterWorld.run(4, true, ClusterWorld.ONE_VM, ClusterWorld.spec(List.of(),
                List.of(ClusterWorld.web(3)), List.of(new ClusterEvent.Scale(60 * S, "web", 30))));
        ClusterResult result = world.cluster.result();
        assertEquals(ClusterResult.NodeKind.VM_PER_REPLICA, result.nodeKind());
        assertEquals(30, result.ready().last());
        long p50 = ClusterResult.quantile(result.startupLatencies(), 0.5);
        assertTrue(p50 > 5 * S, "a replica VM boots for longer than a pod starts: " + p50);
    }

    @Test
    void oneVmPerReplicaSpreadsItsVmsOverTheHostsAsACloudWould() {
        // The world's own placement is first fit, which would stack every replica VM on host-1 (lesson 15's
        // 55 of 60): the replica arm spreads them itself, so 30 VMs on 4 hosts are 8, 8, 7 and 7.
        ClusterWorld world = ClusterWorld.run(4, true, ClusterWorld.ONE_VM, ClusterWorld.spec(List.of(),
                List.of(ClusterWorld.web(3)), List.of(new ClusterEvent.Scale(60 * S, "web", 30))));
        Map<String, Integer> vmsPerHost = new TreeMap<>();
        for (Instance vm : world.infrastructure.instances()) {
            if (vm.state() == InstanceState.RUNNING) {
                vmsPerHost.merge(vm.host().orElseThrow().name(), 1, Integer::sum);
            }
        }
        assertEquals(Map.of("host-1", 8, "host-2", 8, "host-3", 7, "host-4", 7), vmsPerHost);
    }

    @Test
    void podsThatFitNowhereAreNarratedInKubeSchedulersWordsOnTheNodesAllocatable() {
        // One 16-core classroom host: allocatable 16 000 m − (80 m + 1 %) = 15 760 m, so 15 one-core pods fit and
        // five stay pending, told once (they fail for the same reason) as kube-scheduler would word it.
        DeploymentSpec oneCore = new DeploymentSpec("web", 20, ClusterWorld.IMAGE, new Resources(1000, 64L << 20),
                Map.of(), List.of(), 0, RolloutStrategy.defaults(), ReadinessProbe.none(),
                Cited.of(0L, Source.LESSON_SETTING));
        ClusterWorld world = ClusterWorld.run(1, true, ClusterWorld.DOCKER,
                ClusterWorld.spec(List.of(), List.of(oneCore), List.of()));
        ClusterResult result = world.cluster.result();
        assertEquals(15, result.ready().last());
        assertEquals(15_760, result.nodes().get(0).allocatable().milliCpu());
        List<String> pending = result.notes().stream().filter(n -> n.kind() == ClusterNote.Kind.UNSCHEDULABLE)
                .map(ClusterNote::text).toList();
        assertEquals(1, pending.size(), pending.toString());
        assertTrue(pending.get(0).matches("pod web-\\S+ pending: 0/1 nodes are available: 1 Insufficient cpu\\."),
                pending.get(0));
    }

    @Test
    void theHorizontalAutoscalerFollowsTheLoad() {
        HorizontalAutoscalerSpec hpa = new HorizontalAutoscalerSpec("web", 2, 50, 0.5,
                Cited.of(15 * S, Source.ESTIMATE_HORIZONTAL_AUTOSCALER),
                Cited.of(300 * S, Source.ESTIMATE_HORIZONTAL_AUTOSCALER),
                Cited.of(0.1, Source.ESTIMATE_HORIZONTAL_AUTOSCALER),
                List.of(new HorizontalAutoscalerSpec.LoadPoint(0, 0.1),
                        new HorizontalAutoscalerSpec.LoadPoint(60 * S, 2.0),
                        new HorizontalAutoscalerSpec.LoadPoint(300 * S, 0.1)));
        ClusterSpec spec = new ClusterSpec(ControlPlane.defaults(), KubeletSpec.defaults(), NodeLifecycle.defaults(),
                List.of(), List.of(ClusterWorld.web(2)), List.of(), Optional.empty(), List.of(hpa));
        ClusterWorld world = ClusterWorld.run(2, true, ClusterWorld.DOCKER, spec);
        ClusterResult result = world.cluster.result();
        // 2 cores at a 50 % target of 0.1-core requests: 40 pods at the peak.
        assertEquals(40, result.ready().max());
        assertEquals(2, result.ready().last());
        assertTrue(result.notes().stream().anyMatch(n -> n.kind() == ClusterNote.Kind.AUTOSCALED));
    }

    @Test
    void coldImagesArePulledOnceANodeAndReportedApartFromStartup() {
        ClusterWorld world = ClusterWorld.run(5, false, ClusterWorld.DOCKER, ClusterWorld.spec(List.of(),
                List.of(ClusterWorld.web(50)), List.of()));
        ClusterResult result = world.cluster.result();
        assertEquals(50, result.ready().last());
        long pull = ClusterResult.quantile(result.pullTimes(), 1.0);
        assertTrue(pull > SimTime.SECOND / 2, "pull " + pull);
        long p99 = ClusterResult.quantile(result.startupLatencies(), 0.99);
        long firstRunning = result.pods().stream().mapToLong(PodResult::runningAt).max().orElseThrow();
        assertTrue(p99 < firstRunning, "start-up excludes the pull");
        // each node pulled nginx's layers once, however many pods it runs
        assertEquals(5 * ClusterWorld.IMAGE.compressedSize().bytes(), world.infrastructure.registry().bytesSent());
    }

    @Test
    void binPackingFillsFewerNodesThanSpread() {
        ClusterSpec spread = ClusterWorld.spec(List.of(), List.of(ClusterWorld.web(30)), List.of());
        ClusterSpec packed = new ClusterSpec(ControlPlane.defaults().withScheduler(
                SchedulerProfile.v2025().withScoring(ScoringStrategy.MOST_ALLOCATED)), KubeletSpec.defaults(),
                NodeLifecycle.defaults(), List.of(), spread.deployments(), List.of(), Optional.empty(), List.of());
        long spreadNodes = ClusterWorld.run(6, true, ClusterWorld.DOCKER, spread).cluster.result().nodes().stream()
                .filter(n -> n.pods() > 0).count();
        long packedNodes = ClusterWorld.run(6, true, ClusterWorld.DOCKER, packed).cluster.result().nodes().stream()
                .filter(n -> n.pods() > 0).count();
        assertEquals(6, spreadNodes);
        assertTrue(packedNodes < spreadNodes, "bin-packing used " + packedNodes + " nodes");
    }

    @Test
    void aClusterWhoseOnlyNodeVmFailedEndsInsteadOfRetryingItsPodsForEver() {
        // The node VM fails, its pods are evicted and their replacements can never be scheduled: once nothing
        // can change the cluster, the run must end (the periodic unschedulable retry kept it going until OOM).
        ClusterWorld world = ClusterWorld.runUntil(1, ClusterWorld.NODES, ClusterWorld.spec(
                List.of(ClusterWorld.pool(1, 1)), List.of(ClusterWorld.web(10)),
                List.of(new ClusterEvent.FailNode(30 * S, 0))), 24 * 3600 * S);
        assertEquals(0, world.simulation.pendingEvents(), "events still pending a simulated day later");
        assertTrue(world.simulation.eventsFired() < 100_000, world.simulation.eventsFired() + " events fired");
        ClusterResult result = world.cluster.result();
        assertEquals(20, result.pods().size(), "ten pods and one replacement each");
        assertEquals(10, result.unschedulable().last());
    }
}
