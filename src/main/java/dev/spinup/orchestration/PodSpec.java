package dev.spinup.orchestration;

import dev.spinup.model.DataSize;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a pod asks for: its resource requests, where it may go (node selector, tolerations), its priority, and the
 * image it runs (name and size, for the kubelet's pull).
 */
public record PodSpec(Resources requests, Map<String, String> nodeSelector, List<Toleration> tolerations,
                      int priority, String image, DataSize imageSize) {

    public PodSpec {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(imageSize, "imageSize");
        nodeSelector = Map.copyOf(nodeSelector);
        tolerations = List.copyOf(tolerations);
    }

    public static PodSpec of(Resources requests, String image, DataSize imageSize) {
        return new PodSpec(requests, Map.of(), List.of(), 0, image, imageSize);
    }

    public PodSpec withImage(String newImage, DataSize newSize) {
        return new PodSpec(requests, nodeSelector, tolerations, priority, newImage, newSize);
    }

    /** Whether some toleration of this pod tolerates {@code taint}. */
    public boolean tolerates(Taint taint) {
        for (Toleration toleration : tolerations) {
            if (toleration.tolerates(taint)) {
                return true;
            }
        }
        return false;
    }
}
