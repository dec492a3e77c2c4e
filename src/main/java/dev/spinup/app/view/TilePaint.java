package dev.spinup.app.view;

import dev.spinup.app.player.InstanceMoment;
import dev.spinup.app.player.TileKind;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.report.charts.PhaseFamily;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.PhaseColourKey;
import dev.spinup.report.style.Swatch;
import javafx.scene.paint.Color;

/**
 * The colour of a tile: the chart's colour of the phase family it is in while starting, the app's colour once
 * running, grey outline for queued (in the colour of the phase it queues in), black for failed.
 */
final class TilePaint {

    static final Color RUNNING = FxColours.of(Swatch.BLUISH_GREEN.colour());
    static final Color QUEUED = FxColours.of(Palette.colourFor(PhaseColourKey.WAITING));
    static final Color REFUSED = FxColours.of(Swatch.GREY.colour());
    static final Color FAILED = Color.BLACK;

    private TilePaint() {
    }

    static Color fill(InstanceMoment moment) {
        return switch (moment.kind()) {
            case STARTING -> moment.phase().map(TilePaint::phase).orElse(QUEUED);
            case RUNNING -> RUNNING;
            case QUEUED -> Color.TRANSPARENT;
            case REFUSED -> REFUSED;
            case FAILED -> FAILED;
            case STOPPED, NOT_YET -> Color.TRANSPARENT;
        };
    }

    /** A queued tile is outlined in the colour of the phase it waits in, so a queue reads as a queue. */
    static Color outline(InstanceMoment moment) {
        if (moment.kind() == TileKind.QUEUED) {
            return moment.phase().map(TilePaint::phase).orElse(QUEUED);
        }
        return Color.TRANSPARENT;
    }

    static Color phase(PhaseKind kind) {
        return PhaseFamily.of(kind).map(f -> FxColours.of(f.colour())).orElse(QUEUED);
    }
}
