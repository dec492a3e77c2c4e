package dev.spinup.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.orchestration.ClusterResult;
import dev.spinup.orchestration.PodResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cluster at t is what the recorded cluster result implies at t, on real runs of the cluster lessons. */
class ClusterTimelineTest {

    private static ClusterTimeline cluster(String lesson, int arm) {
        return new Playback(Lessons4Tests.run(lesson)).arms().get(arm).cluster().orElseThrow();
    }

    private static long s(double seconds) {
        return Math.round(seconds * SimTime.SECOND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s-scale-out", "k8s-scale-out-cold", "k8s-rolling-update", "k8s-spread-vs-binpacking"})
    void readyAndStartingPodsAgreeWithTheControlPlanesOwnSeriesAtEveryInstant(String lesson) {
        Playback playback = new Playback(Lessons4Tests.run(lesson));
        for (ArmTrack arm : playback.arms()) {
            ClusterTimeline cluster = arm.cluster().orElseThrow();
            ClusterResult result = cluster.result();
            for (long t : cluster.instants()) {
                ClusterFrame frame = cluster.at(t);
                assertEquals(result.ready().valueAt(t), frame.ready(), lesson + " ready at " + t);
                // the control plane's "pending" is created and not yet running: waiting, pulling or starting
                long notRunning = frame.pending().size() + frame.nodes().stream().flatMap(n -> n.pods().stream())
                        .filter(p -> p.state().starting() || p.state() == PodState.TERMINATING
                                && !ranBy(cluster.pod(p.pod()), t)).count();
                assertEquals(result.pending().valueAt(t), notRunning, lesson + " pending at " + t);
            }
        }
    }

    private static boolean ranBy(PodResult pod, long t) {
        return pod.runningAt() >= 0 && pod.runningAt() <= t;
    }

    @Test
    void podsPerNodeAreTheBoundPodsNotYetGoneGroupedByTheirNodesName() {
        ClusterTimeline cluster = cluster("k8s-spread-vs-binpacking", 1);
        for (double at : new double[] {0.5, 1.5, 3, 10}) {
            long t = s(at);
            Map<String, Integer> expected = new HashMap<>();
            for (PodResult pod : cluster.result().pods()) {
                boolean there = pod.boundAt() >= 0 && pod.boundAt() <= t
                        && (pod.terminatedAt() < 0 || t < pod.terminatedAt());
                if (there) {
                    expected.merge(pod.node(), 1, Integer::sum);
                }
            }
            Map<String, Integer> shown = new HashMap<>();
            for (NodeMoment node : cluster.at(t).nodes()) {
                if (!node.pods().isEmpty()) {
                    shown.put(cluster.nodes().get(node.node()).name(), node.pods().size());
                }
            }
            assertEquals(expected, shown, "pods per node at " + at + " s");
        }
    }

    @Test
    void aFailedNodeIsGreyedWithItsPodsLostUntilTheyAreEvictedAndRunElsewhere() {
        ClusterTimeline cluster = cluster("k8s-node-failure", 0);
        ClusterNode failed = cluster.nodes().stream().filter(n -> n.times().failedAt() >= 0).findFirst()
                .orElseThrow();
        int index = cluster.nodes().indexOf(failed);
        assertEquals(s(30), failed.times().failedAt(), "the lesson fails it at 30 s");

        ClusterFrame before = cluster.at(s(29));
        assertEquals(40, before.ready());
        assertTrue(before.nodes().stream().allMatch(n -> n.state() == NodeState.READY));

        ClusterFrame after = cluster.at(s(31));
        NodeMoment down = after.nodes().get(index);
        assertEquals(NodeState.FAILED, down.state());
        assertTrue(!down.pods().isEmpty() && down.pods().stream().allMatch(p -> p.state() == PodState.LOST));
        assertEquals(down.pods().size(), after.lost());
        assertEquals(40 - down.pods().size(), after.ready());
        // the control plane still counts them Ready until the grace period is over
        assertEquals(40, cluster.result().ready().valueAt(s(31)));

        assertEquals(NodeState.NOT_READY, cluster.at(failed.times().notReadyAt()).nodes().get(index).state());

        ClusterFrame end = cluster.at(cluster.result().pods().stream().mapToLong(PodResult::readyAt).max()
                .orElseThrow());
        assertEquals(0, end.nodes().get(index).pods().size(), "evicted");
        assertEquals(40, end.ready(), "every pod runs again elsewhere");
        assertEquals(0, end.pending().size());
    }

    @Test
    void theAutoscalersNodesBootUntilReadyWhileThePodsTheyAreForWait() {
        ClusterTimeline cluster = cluster("k8s-autoscaler-vs-vms", 0);
        List<ClusterNode> added = cluster.nodes().stream().filter(ClusterNode::autoscaled).toList();
        assertTrue(!added.isEmpty());
        long asked = added.get(0).times().requestedAt();
        long firstReady = added.stream().mapToLong(n -> n.times().readyAt()).min().orElseThrow();
        assertTrue(asked > s(120) && firstReady > asked, "asked for after the scale to 60, Ready later");

        ClusterFrame booting = cluster.at((asked + firstReady) / 2);
        assertEquals(added.size(), booting.nodes(NodeState.BOOTING));
        assertEquals(booting.unschedulable(), booting.pending().size(), "every waiting pod is unschedulable");
        assertTrue(booting.pending().size() > 0);
        for (ClusterNode node : added) {
            assertTrue(node.vm().isPresent(), node.name() + " boots as a node VM with its own track");
        }
        assertTrue(cluster.at(asked - 1).nodes(NodeState.NOT_YET) == added.size(), "not there before it is asked for");

        ClusterFrame done = cluster.at(cluster.result().timeToReady(60));
        assertEquals(60, done.ready());
        assertEquals(0, done.pending().size());
        assertEquals(0, done.nodes(NodeState.BOOTING));
    }

    @Test
    void oneVmPerReplicaPutsEachReplicaOnItsVmsHost() {
        ClusterTimeline vms = cluster("k8s-autoscaler-vs-vms", 1);
        assertTrue(vms.perReplica());
        ClusterFrame end = vms.at(vms.result().timeToReady(60));
        assertEquals(60, end.ready());
        int placed = end.nodes().stream().mapToInt(n -> n.pods().size()).sum();
        assertEquals(60, placed);
        for (NodeMoment node : end.nodes()) {
            for (PodMoment pod : node.pods()) {
                assertEquals(vms.nodes().get(node.node()).name(), vms.track(pod.pod()).orElseThrow().result().host());
            }
        }
    }

    @Test
    void theOneVmPerReplicaArmNarratesItsReplicasAsVmsAndTheClustersAsPods() {
        List<NarrationLine> vms = ClusterNarrator.lines(cluster("k8s-autoscaler-vs-vms", 1)).stream()
                .filter(l -> l.text().contains(" Ready: ")).toList();
        assertTrue(!vms.isEmpty(), "no ready line in the one-VM-per-replica arm");
        for (NarrationLine line : vms) {
            assertTrue(line.text().matches("(first|last) Ready: VM web-\\S+ on host-\\d+, .*"), line.text());
            assertTrue(!line.text().contains("pod"), line.text());
        }
        List<NarrationLine> pods = ClusterNarrator.lines(cluster("k8s-autoscaler-vs-vms", 0)).stream()
                .filter(l -> l.text().contains(" Ready: ")).toList();
        assertTrue(!pods.isEmpty(), "no ready line in the cluster arm");
        for (NarrationLine line : pods) {
            assertTrue(line.text().matches("(first|last) Ready: pod web-\\S+ on node-\\d+, .*"), line.text());
        }
    }

    @Test
    void theNarrationSaysWhyAPodWaitsAndWhenTheNodeAskedForWillBeReady() {
        ClusterTimeline cluster = cluster("k8s-autoscaler-vs-vms", 0);
        ClusterNode added = cluster.nodes().stream().filter(ClusterNode::autoscaled).findFirst().orElseThrow();
        NarrationLine line = ClusterNarrator.lines(cluster).stream()
                .filter(l -> l.timeNanos() == added.times().requestedAt() && l.text().contains("autoscaler"))
                .findFirst().orElseThrow();
        assertTrue(line.text().matches("pod web-\\S+ pending: no node has 0\\.5 CPU free.*"), line.text());
        long lastReady = cluster.nodes().stream().filter(ClusterNode::autoscaled)
                .mapToLong(n -> n.times().readyAt()).max().orElseThrow();
        assertTrue(line.text().contains(ClusterNarrator.seconds(added.times().requestedAt())), line.text());
        assertTrue(line.text().contains(ClusterNarrator.seconds(lastReady)), line.text());
    }

    @Test
    void steppingVisitsEveryClusterInstant() {
        Playback playback = new Playback(Lessons4Tests.run("k8s-node-failure"));
        ClusterTimeline cluster = playback.arms().get(0).cluster().orElseThrow();
        java.util.Set<Long> steps = new java.util.HashSet<>();
        for (long t : playback.eventTimes()) {
            steps.add(t);
        }
        for (long t : cluster.instants()) {
            assertTrue(steps.contains(t), "a step at " + t);
        }
    }
}
