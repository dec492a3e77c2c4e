package dev.spinup.app.view;

import dev.spinup.app.player.ClusterTimeline;
import dev.spinup.app.player.InstanceTrack;
import dev.spinup.report.charts.PhaseFamily;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * What the cluster view's colours mean: the phase families its pods' containers, replica VMs and node VMs go
 * through (the stage's and the charts' colours), then the pods' own states and how a booting or failed node looks.
 */
final class ClusterLegend {

    private ClusterLegend() {
    }

    static void fill(Pane box, List<ClusterTimeline> clusters) {
        Set<PhaseFamily> families = EnumSet.noneOf(PhaseFamily.class);
        boolean scheduled = false;
        boolean lost = false;
        boolean booting = false;
        boolean failed = false;
        for (ClusterTimeline cluster : clusters) {
            List<InstanceTrack> tracks = new ArrayList<>(cluster.arm().instances());
            tracks.addAll(cluster.arm().nodeVms());
            families.addAll(StageLegend.familiesOf(tracks));
            if (!cluster.perReplica()) {
                scheduled = true;
                // the kubelet pulls before the container exists, and creates the sandbox (its network) first
                families.add(PhaseFamily.CONTAINER_SETUP);
                if (cluster.pods().stream().anyMatch(p -> p.pullNanos() > 0)) {
                    families.add(PhaseFamily.IMAGE_PULL);
                }
            }
            booting |= cluster.nodes().stream().anyMatch(n -> n.times().readyAt() != n.times().requestedAt());
            failed |= cluster.nodes().stream().anyMatch(n -> n.times().failedAt() >= 0);
            lost |= failed;
        }
        List<Label> items = new ArrayList<>();
        items.add(StageLegend.item(StageLegend.square(TilePaint.QUEUED, true), "unscheduled, or queued (dashed)"));
        for (PhaseFamily family : families) {
            if (family != PhaseFamily.NODE_VM) {
                items.add(StageLegend.item(StageLegend.square(FxColours.of(family.colour()), false), family.label()));
            }
        }
        items.add(StageLegend.item(StageLegend.square(TilePaint.RUNNING.deriveColor(0, 1, 1, 0.45), false),
                "running, not Ready"));
        items.add(StageLegend.item(StageLegend.square(TilePaint.RUNNING, false), "Ready ✓"));
        if (scheduled) {
            items.add(StageLegend.item(StageLegend.square(TilePaint.RUNNING, true), "terminating"));
        }
        if (lost) {
            items.add(StageLegend.item(StageLegend.square(TilePaint.REFUSED, false), "lost with its node ✕"));
        }
        if (booting) {
            items.add(StageLegend.item(StageLegend.square(TilePaint.QUEUED, true, 22),
                    "node booting"));
        }
        if (failed) {
            items.add(StageLegend.item(StageLegend.square(Color.web("#9ea7b3"), false, 22), "node failed"));
        }
        box.getChildren().setAll(items);
    }
}
