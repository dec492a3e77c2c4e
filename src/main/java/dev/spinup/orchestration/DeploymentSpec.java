package dev.spinup.orchestration;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.image.Image;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Deployment: how many replicas of which image, what each pod requests and where it may go, how it rolls out
 * a new version, and when a started pod counts as ready.
 *
 * @param readinessDelayNanos how long the app needs after its container started before it would pass a probe
 */
public record DeploymentSpec(String name, int replicas, Image image, Resources requests,
                             Map<String, String> nodeSelector, List<Toleration> tolerations, int priority,
                             RolloutStrategy strategy, ReadinessProbe probe, Cited<Long> readinessDelayNanos) {

    public DeploymentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(requests, "requests");
        nodeSelector = Map.copyOf(nodeSelector);
        tolerations = List.copyOf(tolerations);
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(probe, "probe");
        if (replicas < 0) {
            throw new IllegalArgumentException(name + ": replicas cannot be negative");
        }
    }

    /** The pod template for {@code version} of the image. */
    public PodSpec podSpec(Image version) {
        return new PodSpec(requests, nodeSelector, tolerations, priority, version.reference(),
                version.compressedSize());
    }
}
