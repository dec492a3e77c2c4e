package dev.spinup.orchestration;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a scenario says about its cluster, with every default filled in: the control plane's settings, the
 * node pools, the deployments, what happens when (scale, roll out, fail a node) and the autoscalers. The same
 * spec runs unchanged on every arm; only the nodes under it differ (bare-metal hosts, node VMs, or one VM per
 * replica for a VM stack), and, when a lesson compares them, the scheduler's scoring strategy per arm.
 */
public record ClusterSpec(ControlPlane controlPlane, KubeletSpec kubelet, NodeLifecycle nodeLifecycle,
                          List<NodePool> nodePools, List<DeploymentSpec> deployments, List<ClusterEvent> events,
                          Optional<ClusterAutoscalerSpec> clusterAutoscaler,
                          List<HorizontalAutoscalerSpec> horizontalAutoscalers,
                          Map<String, ScoringStrategy> scoringByStack) {

    public ClusterSpec {
        Objects.requireNonNull(controlPlane, "controlPlane");
        Objects.requireNonNull(kubelet, "kubelet");
        Objects.requireNonNull(nodeLifecycle, "nodeLifecycle");
        nodePools = List.copyOf(nodePools);
        deployments = List.copyOf(deployments);
        events = List.copyOf(events);
        Objects.requireNonNull(clusterAutoscaler, "clusterAutoscaler");
        horizontalAutoscalers = List.copyOf(horizontalAutoscalers);
        scoringByStack = Map.copyOf(scoringByStack);
    }

    /** A spec where every arm scores nodes the same way. */
    public ClusterSpec(ControlPlane controlPlane, KubeletSpec kubelet, NodeLifecycle nodeLifecycle,
                       List<NodePool> nodePools, List<DeploymentSpec> deployments, List<ClusterEvent> events,
                       Optional<ClusterAutoscalerSpec> clusterAutoscaler,
                       List<HorizontalAutoscalerSpec> horizontalAutoscalers) {
        this(controlPlane, kubelet, nodeLifecycle, nodePools, deployments, events, clusterAutoscaler,
                horizontalAutoscalers, Map.of());
    }

    /** The control plane of the arm of stack {@code stackId}: its own scoring strategy if the scenario gives one. */
    public ControlPlane controlPlaneFor(String stackId) {
        ScoringStrategy scoring = scoringByStack.get(stackId);
        return scoring == null ? controlPlane : controlPlane.withScheduler(controlPlane.scheduler().withScoring(scoring));
    }

    public Optional<DeploymentSpec> deployment(String name) {
        return deployments.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The pools that apply to the arm of stack {@code stackId}, in order. */
    public List<NodePool> poolsFor(String stackId) {
        return nodePools.stream().filter(p -> p.appliesTo(stackId)).toList();
    }
}
