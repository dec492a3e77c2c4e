package dev.spinup.model.runtime;

import java.util.Objects;

/** Why an instance failed, as a reference to what caused it rather than a sentence. */
public sealed interface FailureCause {

    /** Its host failed: the cause is that host's {@link ModelEvent.HostFailed} event at {@code atNanos}. */
    record HostFailure(String host, long atNanos) implements FailureCause {
        public HostFailure {
            Objects.requireNonNull(host, "host");
        }
    }

    /** A start-up phase could not go on (a pull that found no space left, say). */
    record PhaseFailure(String message) implements FailureCause {
        public PhaseFailure {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The instance itself crashed (its process died, its guest panicked), and nothing else did. */
    record Crash(String reason) implements FailureCause {
        public Crash {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
