package dev.spinup.app.player;

import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.orchestration.PodResult;
import dev.spinup.orchestration.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the cluster view's hover card says about a pod or a node at one moment: its state and why (a pending pod's
 * missing room, a failed node's timers), its instants, and, while its container or node VM starts, the model's
 * own account of that phase with the source of the number.
 */
public record ClusterExplanation(String heading, List<String> lines, Optional<Source> source) {

    public ClusterExplanation {
        lines = List.copyOf(lines);
    }

    public static ClusterExplanation ofPod(ClusterTimeline cluster, int index, long t) {
        PodResult pod = cluster.pod(index);
        PodState state = cluster.podState(index, t);
        int node = cluster.nodeOf(index);
        String where = node < 0 ? "" : cluster.nodes().get(node).name();
        List<String> lines = new ArrayList<>();
        Optional<Source> source = Optional.empty();
        switch (state) {
            case PENDING -> {
                ClusterFrame frame = cluster.at(t);
                lines.add(NodeRoom.whyNone(cluster, frame, pod.requests()).map(why -> "pending: " + why)
                        .orElse("pending: in the scheduler's queue, a node has room"));
                source = Optional.of(Source.ESTIMATE_KUBE_SCHEDULER_DEFAULTS);
                // the nodes the autoscaler asked for last, while they still boot: what this pod waits for
                long asked = cluster.nodes().stream().filter(n -> n.autoscaled() && n.times().requestedAt() >= 0
                        && n.times().requestedAt() <= t && !(n.times().readyAt() >= 0 && n.times().readyAt() <= t))
                        .mapToLong(n -> n.times().requestedAt()).max().orElse(-1);
                if (asked >= 0) {
                    lines.add(ClusterNarrator.askedFor(cluster, asked));
                    source = Optional.of(Source.ESTIMATE_CLUSTER_AUTOSCALER);
                }
            }
            case LOST -> {
                long notReady = cluster.nodes().get(node).times().notReadyAt();
                lines.add("lost with " + where + ": it no longer runs, but until " + where + " is NotReady"
                        + (notReady >= 0 ? " (" + ClusterNarrator.seconds(notReady) + ")" : "")
                        + " the control plane counts it, and until it is evicted nothing replaces it");
                source = Optional.of(Source.ESTIMATE_NODE_LIFECYCLE_TIMERS);
            }
            case READY -> lines.add("Ready on " + where + " since " + ClusterNarrator.seconds(pod.readyAt()));
            default -> lines.add(state.label() + (where.isEmpty() ? "" : " on " + where));
        }
        Resources requests = pod.requests();
        lines.add("requests " + NodeRoom.cpu(requests.milliCpu()) + " and " + DataSize.ofBytes(requests.memoryBytes())
                + " · owner " + pod.owner());
        lines.add(instants(pod, cluster.placedAt(index), t));
        if (pod.startupNanos() >= 0 && t >= pod.runningAt() && !cluster.perReplica()) {
            lines.add("Start-up latency (the SLO's: created to running, image pull excluded): "
                    + SimTime.format(pod.startupNanos()) + (pod.pullNanos() > 0
                    ? "; pulling its image took " + SimTime.format(pod.pullNanos()) : ""));
            source = Optional.of(Source.POD_STARTUP_SLO);
        }
        Optional<InstanceTrack> track = cluster.track(index);
        if (track.isPresent() && (state == PodState.STARTING || state == PodState.STARTED || state == PodState.RUNNING
                || state == PodState.READY)) {
            InstanceExplanation inner = InstanceExplanation.of(track.get(), t);
            // its container's (or VM's) own story, whose last line is its source
            for (String line : inner.lines()) {
                if (!line.startsWith("Source") && !line.startsWith("on ")) {
                    lines.add(track.get().displayName() + ": " + line);
                }
            }
            if (inner.source().isPresent()) {
                source = inner.source();
            }
        }
        source.ifPresent(s -> lines.add("Source " + s.evidence().tag() + ": " + s.citation()));
        return new ClusterExplanation(cluster.replicaNoun() + " " + pod.name(), lines, source);
    }

    public static ClusterExplanation ofNode(ClusterTimeline cluster, int index, long t) {
        ClusterNode node = cluster.nodes().get(index);
        NodeMoment moment = cluster.at(t).nodes().get(index);
        List<String> lines = new ArrayList<>();
        Optional<Source> source = Optional.empty();
        var times = node.times();
        switch (moment.state()) {
            case NOT_YET -> lines.add("not asked for yet");
            case BOOTING -> lines.add("booting since " + ClusterNarrator.seconds(times.requestedAt())
                    + (times.readyAt() >= 0 ? "; Ready at " + ClusterNarrator.seconds(times.readyAt()) : ""));
            case READY -> lines.add(cluster.perReplica() ? "a host: each replica is a VM of its own here"
                    : "Ready" + (times.readyAt() > 0 ? " since " + ClusterNarrator.seconds(times.readyAt()) : ""));
            case FAILED -> {
                lines.add("failed at " + ClusterNarrator.seconds(times.failedAt()) + ": its kubelet is silent, and"
                        + " the control plane still counts it Ready"
                        + (times.notReadyAt() >= 0 ? " until " + ClusterNarrator.seconds(times.notReadyAt()) : ""));
                source = Optional.of(Source.ESTIMATE_NODE_LIFECYCLE_TIMERS);
            }
            case NOT_READY -> {
                lines.add("NotReady since " + ClusterNarrator.seconds(times.notReadyAt()) + " (failed at "
                        + ClusterNarrator.seconds(times.failedAt()) + "): its pods wait to be evicted");
                source = Optional.of(Source.ESTIMATE_NODE_LIFECYCLE_TIMERS);
            }
        }
        Resources room = node.allocatable();
        lines.add(moment.pods().size() + (node.maxPods() > 0 ? " of at most " + node.maxPods() : "")
                + (cluster.perReplica() ? " VMs" : " pods") + " · " + NodeRoom.cpu(moment.requested().milliCpu())
                + " of " + NodeRoom.cpu(room.milliCpu()) + " and " + DataSize.ofBytes(moment.requested().memoryBytes())
                + " of " + DataSize.ofBytes(room.memoryBytes()) + " requested");
        if (node.autoscaled()) {
            lines.add("added by the cluster autoscaler at " + ClusterNarrator.seconds(times.requestedAt()));
        }
        if (node.maxPods() > 0 && source.isEmpty()) {
            source = Optional.of(Source.K8S_SCALABILITY_THRESHOLDS);
            lines.add("Pod cap min(110, 10 × cores): " + node.maxPods());
        }
        if (node.vm().isPresent() && moment.state() == NodeState.BOOTING) {
            InstanceExplanation vm = InstanceExplanation.of(node.vm().get(), t);
            for (String line : vm.lines()) {
                if (!line.startsWith("Source")) {
                    lines.add("node VM: " + line);
                }
            }
            if (vm.source().isPresent()) {
                source = vm.source();
            }
        }
        source.ifPresent(s -> lines.add("Source " + s.evidence().tag() + ": " + s.citation()));
        return new ClusterExplanation(node.name() + " (" + node.pool() + ")", lines, source);
    }

    private static String instants(PodResult pod, long placed, long t) {
        StringBuilder text = new StringBuilder("created ").append(ClusterNarrator.seconds(pod.createdAt()));
        if (placed >= 0 && placed <= t) {
            text.append(" · placed ").append(ClusterNarrator.seconds(placed));
        }
        if (pod.runningAt() >= 0 && pod.runningAt() <= t) {
            text.append(" · running ").append(ClusterNarrator.seconds(pod.runningAt()));
        }
        if (pod.readyAt() >= 0 && pod.readyAt() <= t) {
            text.append(" · Ready ").append(ClusterNarrator.seconds(pod.readyAt()));
        }
        if (pod.terminatedAt() >= 0 && pod.terminatedAt() <= t) {
            text.append(" · gone ").append(ClusterNarrator.seconds(pod.terminatedAt()));
        }
        return text.toString();
    }
}
