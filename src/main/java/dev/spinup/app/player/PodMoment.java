package dev.spinup.app.player;

import dev.spinup.model.startup.PhaseKind;
import java.util.Objects;
import java.util.Optional;

/**
 * One pod at one moment: which pod of its {@link ClusterTimeline}, its state and, while its container starts, the
 * phase the container is in (the tile takes that phase's colour, as on the stage) and whether it queues there.
 *
 * @param queued its container waits at a serialization point (the engine's daemon, a pull) in {@code phase}
 */
public record PodMoment(int pod, PodState state, Optional<PhaseKind> phase, boolean queued) {

    public PodMoment {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(phase, "phase");
    }
}
