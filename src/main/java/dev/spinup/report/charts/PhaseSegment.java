package dev.spinup.report.charts;

import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.report.style.Palette;
import dev.spinup.report.style.PhaseColourKey;
import java.awt.Color;
import java.util.Optional;

/**
 * One segment of a start-up bar: work of a phase family, or waiting, named after what was waited for (a lock, a
 * layer another pull fetches, the node VM), so a queue reads as a queue and not as the phase it happened in.
 */
public sealed interface PhaseSegment {

    String label();

    Color colour();

    /** True for time spent waiting rather than working. */
    boolean waiting();

    /** Working (or delayed without a shared resource) in a phase of this family. */
    record Work(PhaseFamily family) implements PhaseSegment {
        @Override
        public String label() {
            return family.label();
        }

        @Override
        public Color colour() {
            return family.colour();
        }

        @Override
        public boolean waiting() {
            return false;
        }
    }

    /** Waiting, for the thing {@code what} names ("the container engine daemon's lock"). */
    record Wait(String what, int shade) implements PhaseSegment {
        @Override
        public String label() {
            return "waiting for " + what;
        }

        @Override
        public Color colour() {
            Color base = Palette.colourFor(PhaseColourKey.WAITING);
            // Several waits in one bar stay apart: each a step darker than the last.
            Color c = base;
            for (int i = 0; i < shade; i++) {
                c = c.darker();
            }
            return c;
        }

        @Override
        public boolean waiting() {
            return true;
        }
    }

    /** The segment an interval of a phase of {@code kind} counts towards; empty for shutdown. */
    static Optional<PhaseSegment> of(PhaseKind kind, PhaseInterval interval) {
        if (interval instanceof PhaseInterval.Queued q) {
            return Optional.of(waitAt(q.point()));
        }
        if (interval instanceof PhaseInterval.AwaitingLayer) {
            return Optional.of(new Wait("a layer another pull fetches", ControlPoint.values().length));
        }
        return of(kind);
    }

    /** The work segment of a phase told as a whole; empty for shutdown. */
    static Optional<PhaseSegment> of(PhaseKind kind) {
        return PhaseFamily.of(kind).map(Work::new);
    }

    static PhaseSegment waitAt(ControlPoint point) {
        String what = switch (point) {
            case ENGINE_DAEMON -> "the container engine daemon's lock";
            default -> point.label();
        };
        return new Wait(what, point.ordinal() % 3);
    }
}
