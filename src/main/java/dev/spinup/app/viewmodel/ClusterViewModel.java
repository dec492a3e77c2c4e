package dev.spinup.app.viewmodel;

import dev.spinup.app.player.ClusterExplanation;
import dev.spinup.app.player.ClusterFrame;
import dev.spinup.app.player.ClusterTimeline;
import dev.spinup.app.player.Playback;
import dev.spinup.app.player.ArmTrack;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;

/**
 * The cluster view's state: whether the open lesson runs a cluster (the window then shows nodes and pods instead
 * of the stack columns), each cluster indexed for playback, and every cluster at the player's position. Views
 * bind to it; it holds no controls.
 */
public final class ClusterViewModel {

    private final PlayerViewModel player;
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final ObjectProperty<List<ClusterTimeline>> clusters = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<ClusterFrame>> frames = new SimpleObjectProperty<>(List.of());

    public ClusterViewModel(PlayerViewModel player) {
        this.player = player;
        player.playbackProperty().addListener((obs, was, now) -> load(now));
        player.timeProperty().addListener((obs, was, now) -> refresh());
    }

    private void load(Playback playback) {
        boolean cluster = playback != null && playback.hasCluster();
        clusters.set(cluster ? playback.arms().stream().map(ArmTrack::cluster).flatMap(Optional::stream).toList()
                : List.of());
        shown.set(cluster);
        refresh();
    }

    private void refresh() {
        Playback playback = player.playbackProperty().get();
        frames.set(shown.get() && playback != null ? playback.clusterFramesAt(player.timeProperty().get())
                : List.of());
    }

    /** The hover card of pod {@code pod} of cluster {@code column} at the player's position. */
    public ClusterExplanation explainPod(int column, int pod) {
        return ClusterExplanation.ofPod(clusters.get().get(column), pod, player.timeProperty().get());
    }

    /** The hover card of node {@code node} of cluster {@code column} at the player's position. */
    public ClusterExplanation explainNode(int column, int node) {
        return ClusterExplanation.ofNode(clusters.get().get(column), node, player.timeProperty().get());
    }

    /** True while the open lesson runs a cluster. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    /** One per stack that runs a cluster, in stack order. */
    public ReadOnlyObjectProperty<List<ClusterTimeline>> clustersProperty() {
        return clusters;
    }

    /** Every cluster at the player's position. */
    public ReadOnlyObjectProperty<List<ClusterFrame>> framesProperty() {
        return frames;
    }
}
