package dev.spinup.app.view;

import dev.spinup.app.player.ArmTrack;
import dev.spinup.app.player.InstanceTrack;
import dev.spinup.app.player.Playback;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.report.charts.PhaseFamily;
import java.util.EnumSet;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * What the tile colours mean, for the phases this lesson's instances actually go through (no entry without a
 * tile that can show it): the same phase families and colours as the charts, then queued, running, refused.
 */
final class StageLegend {

    private StageLegend() {
    }

    static void fill(Pane box, Playback playback) {
        box.getChildren().clear();
        Set<PhaseFamily> families = EnumSet.noneOf(PhaseFamily.class);
        boolean queued = false;
        boolean refused = false;
        for (ArmTrack arm : playback.arms()) {
            families.addAll(familiesOf(arm.instances()));
            for (InstanceTrack track : arm.instances()) {
                queued |= !track.queued().isEmpty();
                refused |= track.result().refusal().isPresent();
            }
        }
        for (PhaseFamily family : families) {
            box.getChildren().add(item(square(FxColours.of(family.colour()), false), family.label()));
        }
        if (queued) {
            box.getChildren().add(item(square(Color.GRAY, true), "queued (outlined in the colour of its phase)"));
        }
        box.getChildren().add(item(square(TilePaint.RUNNING, false), "ready ✓"));
        if (refused) {
            box.getChildren().add(item(square(TilePaint.REFUSED, false), "refused ✕"));
        }
    }

    /** The phase families these instances spent time in. */
    static Set<PhaseFamily> familiesOf(Iterable<InstanceTrack> tracks) {
        Set<PhaseFamily> families = EnumSet.noneOf(PhaseFamily.class);
        for (InstanceTrack track : tracks) {
            for (PhaseRecord phase : track.result().phases()) {
                if (phase.durationNanos() > 0) {
                    PhaseFamily.of(phase.kind()).ifPresent(families::add);
                }
            }
        }
        return families;
    }

    static Rectangle square(Color colour, boolean dashed) {
        return square(colour, dashed, 14);
    }

    static Rectangle square(Color colour, boolean dashed, double width) {
        Rectangle r = new Rectangle(width, 14);
        r.setArcWidth(4);
        r.setArcHeight(4);
        if (dashed) {
            r.setFill(colour.deriveColor(0, 1, 1, 0.2));
            r.setStroke(colour);
            r.setStrokeWidth(2);
            r.getStrokeDashArray().setAll(3.0, 2.0);
        } else {
            r.setFill(colour);
        }
        return r;
    }

    static Label item(Rectangle swatch, String text) {
        Label label = new Label(text, swatch);
        label.getStyleClass().add("legend-item");
        return label;
    }
}
