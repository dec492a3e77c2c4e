package dev.spinup.orchestration;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a node offers the scheduler: its cores, what is allocatable to pods, its labels and its taints. */
public record NodeSpec(String name, int cores, Resources allocatable, Map<String, String> labels, List<Taint> taints) {

    /** Kubernetes' per-node pod limit within its scalability thresholds: min(110, 10 × cores). */
    public static Cited<Integer> podCap(int cores) {
        return Cited.of(Math.min(110, 10 * cores), Source.K8S_SCALABILITY_THRESHOLDS);
    }

    public NodeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(allocatable, "allocatable");
        if (cores < 1) {
            throw new IllegalArgumentException(name + ": a node needs at least one core, had " + cores);
        }
        labels = Map.copyOf(labels);
        taints = List.copyOf(taints);
    }

    public static NodeSpec plain(String name, int cores, long memoryBytes) {
        return new NodeSpec(name, cores, new Resources(cores * 1000L, memoryBytes), Map.of(), List.of());
    }

    public int maxPods() {
        return podCap(cores).value();
    }
}
