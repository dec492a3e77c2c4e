package dev.spinup.app.player;

import dev.spinup.model.DataSize;
import dev.spinup.orchestration.Resources;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a pod's requests fit on some node of a cluster at one moment, and if not why, in the terms of
 * kube-scheduler's filters (Ready, pod cap, CPU, memory) as a student reads them: "no node has 2 CPU free".
 * Counts what the pods placed by then request; the scheduler also counts pods it has assumed and not yet bound.
 */
final class NodeRoom {

    private NodeRoom() {
    }

    /** Empty when some node the scheduler considers has room; else the reason none has. */
    static Optional<String> whyNone(ClusterTimeline cluster, ClusterFrame frame, Resources request) {
        long mostCpu = -1;
        long mostMemory = -1;
        boolean anyBelowCap = false;
        boolean anyReady = false;
        for (NodeMoment moment : frame.nodes()) {
            if (!moment.state().schedulable()) {
                continue;
            }
            anyReady = true;
            ClusterNode node = cluster.nodes().get(moment.node());
            Resources free = node.allocatable().minus(moment.requested());
            boolean belowCap = node.maxPods() == 0 || moment.pods().size() < node.maxPods();
            if (belowCap && free.milliCpu() >= request.milliCpu() && free.memoryBytes() >= request.memoryBytes()) {
                return Optional.empty();
            }
            anyBelowCap |= belowCap;
            mostCpu = Math.max(mostCpu, free.milliCpu());
            mostMemory = Math.max(mostMemory, free.memoryBytes());
        }
        if (!anyReady) {
            return Optional.of("no node is Ready");
        }
        if (mostCpu < request.milliCpu()) {
            return Optional.of("no node has " + cpu(request.milliCpu()) + " free (the most any has is "
                    + cpu(Math.max(0, mostCpu)) + ")");
        }
        if (mostMemory < request.memoryBytes()) {
            return Optional.of("no node has " + DataSize.ofBytes(request.memoryBytes()) + " of memory free");
        }
        if (!anyBelowCap) {
            return Optional.of("every Ready node holds as many pods as it may");
        }
        return Optional.of("no node has both " + cpu(request.milliCpu()) + " and "
                + DataSize.ofBytes(request.memoryBytes()) + " free");
    }

    /** "2 CPU", "0.25 CPU": millicores as cores. */
    static String cpu(long milliCpu) {
        if (milliCpu % 1000 == 0) {
            return milliCpu / 1000 + " CPU";
        }
        String text = String.format(Locale.ROOT, "%.3f", milliCpu / 1000.0).replaceAll("0+$", "");
        return text + " CPU";
    }
}
