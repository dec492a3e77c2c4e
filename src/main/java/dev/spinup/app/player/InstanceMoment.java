package dev.spinup.app.player;

import dev.spinup.model.startup.PhaseKind;
import java.util.Objects;
import java.util.Optional;

/**
 * One instance at one moment: its kind of tile, the phase it is in (while starting or queued inside a phase),
 * and, while queued, what it waits for and how many are ahead of it.
 */
public record InstanceMoment(TileKind kind, Optional<PhaseKind> phase, Optional<String> waitingFor, int ahead) {

    public static final InstanceMoment NOT_YET = new InstanceMoment(TileKind.NOT_YET, Optional.empty(),
            Optional.empty(), 0);

    public InstanceMoment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(waitingFor, "waitingFor");
    }

    public static InstanceMoment of(TileKind kind) {
        return new InstanceMoment(kind, Optional.empty(), Optional.empty(), 0);
    }

    public static InstanceMoment starting(PhaseKind phase) {
        return new InstanceMoment(TileKind.STARTING, Optional.of(phase), Optional.empty(), 0);
    }

    public static InstanceMoment queued(PhaseKind phase, String what, int ahead) {
        return new InstanceMoment(TileKind.QUEUED, Optional.ofNullable(phase), Optional.of(what), ahead);
    }
}
