package dev.spinup.orchestration;

import dev.spinup.model.image.Image;
import java.util.Objects;

/** Something that happens to the cluster at a time in the scenario. */
public sealed interface ClusterEvent {

    /** When, in simulation nanoseconds. */
    long atNanos();

    /** {@code kubectl scale deployment NAME --replicas=TO}. */
    record Scale(long atNanos, String deployment, int to) implements ClusterEvent {
        public Scale {
            Objects.requireNonNull(deployment, "deployment");
        }
    }

    /** {@code kubectl set image}: the deployment rolls out {@code image}. */
    record Rollout(long atNanos, String deployment, Image image) implements ClusterEvent {
        public Rollout {
            Objects.requireNonNull(deployment, "deployment");
            Objects.requireNonNull(image, "image");
        }
    }

    /** The node with this index (0-based, in node order) fails: its machine is gone, its kubelet silent. */
    record FailNode(long atNanos, int node) implements ClusterEvent {
    }
}
