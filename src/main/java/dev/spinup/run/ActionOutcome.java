package dev.spinup.run;

import dev.spinup.model.image.PullReport;
import java.util.List;
import java.util.Objects;

/** What a timeline action did in one arm, for the lesson's narration and charts. */
public sealed interface ActionOutcome {

    /** When the action was asked for. */
    long atNanos();

    /** One sentence a student can read. */
    String explanation();

    /**
     * A "pull" action finished on a host, with what it did layer by layer ({@code report}), so a lesson can set
     * the bytes fetched beside what the image weighs alone.
     */
    record Pulled(long atNanos, long finishedNanos, String host, String image, PullReport report,
                  String explanation) implements ActionOutcome {
        public Pulled {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** A "build" action finished: each step, whether the layer cache had it, and how long it took. */
    record Built(long atNanos, long finishedNanos, String host, String tag, List<BuildStepOutcome> steps,
                 long buildKitNanos, String explanation) implements ActionOutcome {
        public Built {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(tag, "tag");
            steps = List.copyOf(steps);
            Objects.requireNonNull(explanation, "explanation");
        }

        public long totalNanos() {
            return finishedNanos - atNanos;
        }
    }

    /** An action that could not be carried out, and why. */
    record Failed(long atNanos, String action, String explanation) implements ActionOutcome {
        public Failed {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** One Dockerfile step of a build. */
    record BuildStepOutcome(int number, String instruction, boolean cached, long nanos) {
        public BuildStepOutcome {
            Objects.requireNonNull(instruction, "instruction");
        }
    }
}
