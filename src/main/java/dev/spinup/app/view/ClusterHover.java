package dev.spinup.app.view;

import dev.spinup.app.player.ClusterExplanation;
import dev.spinup.app.viewmodel.ClusterViewModel;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The cluster view's hover card: the pod or node under the pointer, explained at the playback time. */
final class ClusterHover {

    private ClusterHover() {
    }

    static void bind(ClusterView view, ClusterViewModel model, VBox card, Region holder) {
        model.framesProperty().addListener((obs, was, now) -> {
            view.setFrames(now);
            if (card.isVisible() && view.hoveredProperty().get() != null) {
                show(view.hoveredProperty().get(), model, card, holder);
            }
        });
        model.shownProperty().addListener((obs, was, now) -> {
            if (!now) {
                view.hoveredProperty().set(null);
            }
        });
        view.hoveredProperty().addListener((obs, was, now) -> {
            if (now == null) {
                card.setVisible(false);
            } else {
                show(now, model, card, holder);
            }
        });
    }

    static void show(ClusterView.Hovered hovered, ClusterViewModel model, VBox card, Region holder) {
        ClusterExplanation explanation = hovered.isPod() ? model.explainPod(hovered.column(), hovered.pod())
                : model.explainNode(hovered.column(), hovered.node());
        HoverCard.show(card, holder, explanation.heading(), explanation.lines(), hovered.x(), hovered.y());
    }
}
