package dev.spinup.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.app.player.ClusterExplanation;
import dev.spinup.app.player.ClusterFrame;
import dev.spinup.app.player.NodeState;
import dev.spinup.app.player.PodState;
import dev.spinup.engine.SimTime;
import dev.spinup.report.style.Theme;
import dev.spinup.run.task.DirectTaskExecutor;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cluster view's model without a stage: a real cluster lesson opened, sought and read back. */
class ClusterViewModelTest {

    private final Preferences prefs = Preferences.userRoot().node("dev/spinup/test/cluster" + System.nanoTime());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private MainViewModel opened(String lesson) {
        MainViewModel model = new MainViewModel(new DirectTaskExecutor(), Runnable::run, new RecentFiles(prefs),
                Theme.SCREEN);
        model.open(lesson);
        model.lesson().skip();
        return model;
    }

    @Test
    void aClusterLessonShowsTheClusterAndFollowsTheSeekedTime() {
        MainViewModel model = opened("k8s-node-failure");
        ClusterViewModel cluster = model.cluster();
        assertTrue(cluster.shownProperty().get());
        assertEquals(1, cluster.clustersProperty().get().size());

        model.player().seek(50 * SimTime.SECOND);
        ClusterFrame frame = cluster.framesProperty().get().get(0);
        assertEquals(50 * SimTime.SECOND, frame.timeNanos());
        assertEquals(1, frame.nodes(NodeState.FAILED));
        assertEquals(3, frame.nodes(NodeState.READY));
        int failed = frame.nodes().stream().filter(n -> n.state() == NodeState.FAILED).findFirst().orElseThrow()
                .node();
        assertEquals(10, frame.nodes().get(failed).pods().size());
        assertEquals(30, frame.ready());
        assertEquals(0, frame.pending().size());

        ClusterExplanation node = cluster.explainNode(0, failed);
        assertTrue(node.lines().get(0).startsWith("failed at 30.0 s"), node.lines().get(0));
        assertTrue(node.source().isPresent());
        int lostPod = frame.nodes().get(failed).pods().get(0).pod();
        assertEquals(PodState.LOST, frame.nodes().get(failed).pods().get(0).state());
        assertTrue(cluster.explainPod(0, lostPod).lines().get(0).startsWith("lost with"));

        model.player().toEnd();
        ClusterFrame end = cluster.framesProperty().get().get(0);
        assertEquals(NodeState.NOT_READY, end.nodes().get(failed).state());
        assertEquals(0, end.nodes().get(failed).pods().size());
        assertEquals(40, end.ready());
    }

    @Test
    void aLessonWithoutAClusterHidesIt() {
        MainViewModel model = opened("hello");
        assertFalse(model.cluster().shownProperty().get());
        assertTrue(model.cluster().framesProperty().get().isEmpty());
    }

    @Test
    void pendingPodsSayWhyAtTheMomentTheyWait() {
        MainViewModel model = opened("k8s-autoscaler-vs-vms");
        ClusterViewModel cluster = model.cluster();
        assertEquals(2, cluster.clustersProperty().get().size(), "the cluster and the VM-per-replica arm");
        model.player().seek(140 * SimTime.SECOND);
        ClusterFrame frame = cluster.framesProperty().get().get(0);
        assertTrue(frame.nodes(NodeState.BOOTING) > 0);
        assertEquals(frame.unschedulable(), frame.pending().size());
        ClusterExplanation pod = cluster.explainPod(0, frame.pending().get(0).pod());
        // the most free CPU any Ready node has, from the frame: allocatable (after the kubelet's reserves) less requests
        var timeline = cluster.clustersProperty().get().get(0);
        long mostFree = frame.nodes().stream().filter(m -> m.state().schedulable())
                .mapToLong(m -> timeline.nodes().get(m.node()).allocatable().minus(m.requested()).milliCpu())
                .max().orElseThrow();
        assertTrue(mostFree < 500, "no Ready node has the 0.5 CPU the pod asks");
        assertEquals("pending: no node has 0.5 CPU free (the most any has is "
                + String.format(java.util.Locale.ROOT, "%.3f", mostFree / 1000.0).replaceAll("\\.?0+$", "")
                + " CPU)", pod.lines().get(0));
        // and what it waits for: the nodes the autoscaler asked for, with the instants this run made them Ready
        var added = cluster.clustersProperty().get().get(0).nodes().stream()
                .filter(dev.spinup.app.player.ClusterNode::autoscaled).toList();
        long asked = added.get(0).times().requestedAt();
        long last = added.stream().mapToLong(n -> n.times().readyAt()).max().orElseThrow();
        assertTrue(asked < 140 * SimTime.SECOND && last > 140 * SimTime.SECOND, "still booting at 140 s");
        String waits = pod.lines().get(1);
        assertTrue(waits.startsWith("the cluster autoscaler asked for " + added.size() + " nodes at "
                + String.format(java.util.Locale.ROOT, "%.1f s", asked / 1e9)), waits);
        assertTrue(waits.contains(String.format(java.util.Locale.ROOT, "%.1f s", last / 1e9)), waits);
        assertTrue(pod.lines().get(pod.lines().size() - 1).startsWith("Source"), pod.lines().toString());
        int booting = frame.nodes().stream().filter(n -> n.state() == NodeState.BOOTING).findFirst().orElseThrow()
                .node();
        ClusterExplanation node = cluster.explainNode(0, booting);
        assertTrue(node.lines().stream().anyMatch(l -> l.startsWith("node VM: ")), node.lines().toString());
        assertTrue(node.lines().get(node.lines().size() - 1).startsWith("Source"));
    }
}
