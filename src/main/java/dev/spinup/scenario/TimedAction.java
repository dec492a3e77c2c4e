package dev.spinup.scenario;

import dev.spinup.model.image.Dockerfile;
import dev.spinup.model.image.Image;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Something the lesson makes happen at a moment of the run, on every stack alike. */
public record TimedAction(Duration at, Action action) {

    public TimedAction {
        Objects.requireNonNull(at, "at");
        if (at.isNegative()) {
            throw new IllegalArgumentException("an action cannot happen before the run starts");
        }
        Objects.requireNonNull(action, "action");
    }

    /** The closed set of things a timeline can do. */
    public sealed interface Action {
    }

    /**
     * Ask for {@code count} more instances of the workload now; with {@code inFlight}, at most that many of them
     * start at once (without it they queue behind the workload's own limit, if it has one).
     */
    public record Start(int count, OptionalInt inFlight) implements Action {
        public Start {
            if (count < 1) {
                throw new IllegalArgumentException("start at least one instance");
            }
            requireInFlight(inFlight);
        }

        public Start(int count) {
            this(count, OptionalInt.empty());
        }
    }

    /** Stop the {@code count} most recently started instances that are still live. */
    public record Stop(int count) implements Action {
        public Stop {
            if (count < 1) {
                throw new IllegalArgumentException("stop at least one instance");
            }
        }
    }

    /**
     * Bring the number of live instances to exactly {@code to}: start the missing ones, or stop the most recently
     * started ones, as a deployment's replica count does.
     */
    public record Scale(int to, OptionalInt inFlight) implements Action {
        public Scale {
            if (to < 0) {
                throw new IllegalArgumentException("cannot scale to a negative number of instances");
            }
            requireInFlight(inFlight);
        }

        public Scale(int to) {
            this(to, OptionalInt.empty());
        }
    }

    private static void requireInFlight(OptionalInt inFlight) {
        Objects.requireNonNull(inFlight, "inFlight");
        if (inFlight.isPresent() && inFlight.getAsInt() < 1) {
            throw new IllegalArgumentException("at least one start must be allowed in flight");
        }
    }

    /** Take the host with this name down: everything on it fails. */
    public record FailHost(String host) implements Action {
        public FailHost {
            Objects.requireNonNull(host, "host");
        }
    }

    /** Pull an image ahead of time, on one host or (empty) on all of them. */
    public record Pull(Image image, Optional<String> host) implements Action {
        public Pull {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(host, "host");
        }
    }

    /** Build an image with Docker's layer cache on one host (empty: the first). */
    public record Build(Dockerfile dockerfile, String tag, Optional<String> host) implements Action {
        public Build {
            Objects.requireNonNull(dockerfile, "dockerfile");
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(host, "host");
        }
    }
}
