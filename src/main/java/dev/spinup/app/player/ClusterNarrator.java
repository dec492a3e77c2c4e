package dev.spinup.app.player;

import dev.spinup.engine.SimTime;
import dev.spinup.model.catalogue.Source;
import dev.spinup.orchestration.ClusterNote;
import dev.spinup.orchestration.CountSeries;
import dev.spinup.orchestration.PodResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The narration of one arm's cluster: what the controllers did (from the run's {@link ClusterNote}s), why pods
 * wait (computed from the nodes' room at that moment), when the nodes asked for will be Ready, and when each wave
 * of pods was first and all ready. Every figure comes from the run.
 */
final class ClusterNarrator {

    private final ClusterTimeline cluster;
    private final String stack;
    private final List<NarrationLine> lines = new ArrayList<>();

    private ClusterNarrator(ClusterTimeline cluster) {
        this.cluster = cluster;
        this.stack = cluster.stackId();
    }

    /** The lines of one arm's cluster, in time order. */
    static List<NarrationLine> lines(ClusterTimeline cluster) {
        ClusterNarrator narrator = new ClusterNarrator(cluster);
        narrator.notes();
        narrator.pendingOnsets();
        narrator.waves();
        narrator.lines.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        return narrator.lines;
    }

    private void add(long t, String subject, NarrationLine.Kind kind, String text, Source source) {
        lines.add(new NarrationLine(t, stack, subject, kind, text, Optional.ofNullable(source)));
    }

    private void notes() {
        for (ClusterNote note : cluster.result().notes()) {
            long t = note.timeNanos();
            switch (note.kind()) {
                case NODE_FAILED -> nodeFailed(note);
                case NODE_NOT_READY -> nodeNotReady(note);
                case PODS_EVICTED -> evicted(note);
                case NODE_REQUESTED -> nodesRequested(note);
                case NODE_READY -> nodeReady(note);
                case UNSCHEDULABLE -> add(t, "", NarrationLine.Kind.REFUSED, note.text(), null);
                case SCALED, ROLLOUT, AUTOSCALED -> add(t, "", NarrationLine.Kind.PHASE, sentence(note.text()), null);
            }
        }
    }

    /** The node a note is about: the one whose state changed at its instant. */
    private int nodeChangedAt(long t, java.util.function.ToLongFunction<ClusterNode> when) {
        for (int i = 0; i < cluster.nodes().size(); i++) {
            if (when.applyAsLong(cluster.nodes().get(i)) == t) {
                return i;
            }
        }
        return -1;
    }

    private void nodeFailed(ClusterNote note) {
        long t = note.timeNanos();
        int index = nodeChangedAt(t, n -> n.times().failedAt());
        if (index < 0) {
            add(t, "", NarrationLine.Kind.HOST, sentence(note.text()), null);
            return;
        }
        ClusterNode node = cluster.nodes().get(index);
        int pods = cluster.at(t).nodes().get(index).pods().size();
        StringBuilder text = new StringBuilder(node.name()).append(" failed with ").append(plural(pods, "pod"))
                .append(": its kubelet falls silent and the control plane still counts them Ready");
        long notReady = node.times().notReadyAt();
        if (notReady >= 0) {
            text.append("; it will be marked NotReady at ").append(seconds(notReady)).append(" (")
                    .append(SimTime.format(notReady - t)).append(" without status)");
            long evicted = evictedAt(index);
            if (evicted >= 0) {
                text.append(" and its pods evicted at ").append(seconds(evicted));
            }
        }
        add(t, node.name(), NarrationLine.Kind.HOST, text.toString(), Source.ESTIMATE_NODE_LIFECYCLE_TIMERS);
    }

    private void nodeNotReady(ClusterNote note) {
        long t = note.timeNanos();
        int index = nodeChangedAt(t, n -> n.times().notReadyAt());
        if (index < 0) {
            add(t, "", NarrationLine.Kind.HOST, sentence(note.text()), null);
            return;
        }
        int pods = cluster.at(t).nodes().get(index).pods().size();
        StringBuilder text = new StringBuilder(sentence(note.text())).append("; its ").append(plural(pods, "pod"))
                .append(" stop counting as Ready");
        long evicted = evictedAt(index);
        if (evicted >= 0) {
            text.append(", and are evicted at ").append(seconds(evicted)).append(" (")
                    .append(SimTime.format(evicted - t)).append(" of tolerating NotReady)");
        }
        add(t, cluster.nodes().get(index).name(), NarrationLine.Kind.HOST, text.toString(),
                Source.ESTIMATE_NODE_LIFECYCLE_TIMERS);
    }

    /** When the pods lost with a failed node were evicted: the last of them to go, or −1. */
    private long evictedAt(int node) {
        long at = -1;
        long failed = cluster.nodes().get(node).times().failedAt();
        for (int i = 0; i < cluster.pods().size(); i++) {
            long gone = cluster.pod(i).terminatedAt();
            if (cluster.nodeOf(i) == node && gone >= failed && cluster.placedAt(i) >= 0) {
                at = Math.max(at, gone);
            }
        }
        return at;
    }

    private void evicted(ClusterNote note) {
        long t = note.timeNanos();
        StringBuilder text = new StringBuilder(sentence(note.text()));
        CountSeries ready = cluster.result().ready();
        long failedAt = 0;
        for (ClusterNote other : cluster.result().notes()) {
            if (other.kind() == ClusterNote.Kind.NODE_FAILED && other.timeNanos() <= t) {
                failedAt = other.timeNanos();
            }
        }
        long before = ready.valueAt(Math.max(0, failedAt - 1));
        long back = firstReachingAfter(ready, before, t);
        text.append("; their ReplicaSet creates replacements");
        if (back >= 0) {
            text.append(", and ").append(before).append(" pods are Ready again at ").append(seconds(back))
                    .append(" (").append(SimTime.format(back - t)).append(" later)");
        }
        add(t, "", NarrationLine.Kind.HOST, text.toString(), Source.ESTIMATE_NODE_LIFECYCLE_TIMERS);
    }

    private void nodesRequested(ClusterNote note) {
        long t = note.timeNanos();
        StringBuilder text = new StringBuilder();
        ClusterFrame frame = cluster.at(t);
        firstStuck(frame).ifPresent(stuck -> text.append(stuck).append("; "));
        text.append(askedFor(cluster, t));
        add(t, "", NarrationLine.Kind.WAIT, text.toString(), Source.ESTIMATE_CLUSTER_AUTOSCALER);
    }

    private void nodeReady(ClusterNote note) {
        long t = note.timeNanos();
        int index = nodeChangedAt(t, n -> n.times().readyAt());
        if (index < 0) {
            add(t, "", NarrationLine.Kind.READY, sentence(note.text()), null);
            return;
        }
        ClusterNode node = cluster.nodes().get(index);
        add(t, node.name(), NarrationLine.Kind.READY, node.name() + " is Ready, "
                + SimTime.format(t - node.times().requestedAt()) + " after it was asked for: its VM booted and its"
                + " kubelet registered", null);
    }

    /** "pod web-7 pending: no node has 2 CPU free", for the first waiting pod that no node can take. */
    private Optional<String> firstStuck(ClusterFrame frame) {
        for (PodMoment waiting : frame.pending()) {
            PodResult pod = cluster.pod(waiting.pod());
            Optional<String> why = NodeRoom.whyNone(cluster, frame, pod.requests());
            if (why.isPresent()) {
                return Optional.of("pod " + pod.name() + " pending: " + why.get());
            }
        }
        return Optional.empty();
    }

    /** Each time the scheduler starts holding unschedulable pods: the first of them and why. */
    private void pendingOnsets() {
        if (cluster.perReplica()) {
            return;
        }
        CountSeries unschedulable = cluster.result().unschedulable();
        long previous = 0;
        for (int i = 0; i < unschedulable.size(); i++) {
            long value = unschedulable.value(i);
            if (previous == 0 && value > 0) {
                long t = unschedulable.time(i);
                // A pod tried while a place was being freed or assumed finds room at its retry: not worth a line.
                Optional<String> why = firstStuck(cluster.at(t));
                if (why.isEmpty()) {
                    previous = value;
                    continue;
                }
                String stuck = why.get();
                boolean autoscaled = cluster.nodes().stream().anyMatch(n -> n.autoscaled()
                        && n.times().requestedAt() >= t);
                add(t, "", NarrationLine.Kind.WAIT, stuck + " (" + plural((int) value, "pod") + " unschedulable"
                        + (autoscaled ? "" : "; they wait for a pod to leave or a node to join") + ")", null);
            }
            previous = value;
        }
    }

    /** From the start and from each scale, rollout or eviction: when the first and the last pod of it was Ready. */
    private void waves() {
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        for (ClusterNote note : cluster.result().notes()) {
            if (note.kind() == ClusterNote.Kind.SCALED || note.kind() == ClusterNote.Kind.ROLLOUT
                    || note.kind() == ClusterNote.Kind.PODS_EVICTED) {
                starts.add(note.timeNanos());
            }
        }
        for (int w = 0; w < starts.size(); w++) {
            long from = starts.get(w);
            long until = w + 1 < starts.size() ? starts.get(w + 1) : Long.MAX_VALUE;
            int first = -1;
            int last = -1;
            int count = 0;
            for (int i = 0; i < cluster.pods().size(); i++) {
                PodResult pod = cluster.pod(i);
                if (pod.createdAt() < from || pod.createdAt() >= until || pod.readyAt() < 0) {
                    continue;
                }
                count++;
                if (first < 0 || pod.readyAt() < cluster.pod(first).readyAt()) {
                    first = i;
                }
                if (last < 0 || pod.readyAt() > cluster.pod(last).readyAt()) {
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            add(cluster.pod(first).readyAt(), cluster.pod(first).name(), NarrationLine.Kind.READY,
                    readySentence("first", first), Source.POD_STARTUP_SLO);
            if (count > 1) {
                long lastReady = cluster.pod(last).readyAt();
                add(lastReady, cluster.pod(last).name(), NarrationLine.Kind.READY, readySentence("last", last)
                        + "; all " + count + " " + cluster.replicaNoun() + "s of this wave Ready "
                        + SimTime.format(lastReady - from)
                        + " after " + (w == 0 ? "the start" : seconds(from)), Source.POD_STARTUP_SLO);
            }
        }
    }

    private String readySentence(String which, int index) {
        PodResult pod = cluster.pod(index);
        int node = cluster.nodeOf(index);
        String where = node < 0 ? "" : " on " + cluster.nodes().get(node).name();
        StringBuilder text = new StringBuilder(which).append(" Ready: ").append(cluster.replicaNoun()).append(' ')
                .append(pod.name()).append(where)
                .append(", ").append(SimTime.format(pod.readyAt() - pod.createdAt())).append(" after it was created");
        if (!cluster.perReplica() && pod.startupNanos() >= 0) {
            text.append(" (start-up latency ").append(SimTime.format(pod.startupNanos()));
            text.append(pod.pullNanos() > 0 ? ", plus " + SimTime.format(pod.pullNanos()) + " pulling its image)"
                    : ", its image already on the node)");
        }
        return text.toString();
    }

    /**
     * "the cluster autoscaler asked for 6 nodes at 130.0 s, they will be Ready between 146.5 s and 150.3 s (each
     * boots as a VM first)": the nodes it asked for at {@code t}, with the instants the run made them Ready.
     */
    static String askedFor(ClusterTimeline cluster, long t) {
        List<ClusterNode> asked = new ArrayList<>();
        for (ClusterNode node : cluster.nodes()) {
            if (node.autoscaled() && node.times().requestedAt() == t) {
                asked.add(node);
            }
        }
        StringBuilder text = new StringBuilder("the cluster autoscaler asked for ")
                .append(asked.size() == 1 ? "a node" : plural(asked.size(), "node")).append(" at ").append(seconds(t));
        long first = Long.MAX_VALUE;
        long last = -1;
        for (ClusterNode node : asked) {
            long ready = node.times().readyAt();
            if (ready >= 0) {
                first = Math.min(first, ready);
                last = Math.max(last, ready);
            }
        }
        if (last < 0) {
            text.append(asked.isEmpty() ? "" : "; none is Ready before the run ends");
        } else if (asked.size() == 1) {
            text.append(", it will be Ready at ").append(seconds(last)).append(" (it boots as a VM first)");
        } else {
            text.append(", they will be Ready between ").append(seconds(first)).append(" and ").append(seconds(last))
                    .append(" (each boots as a VM first)");
        }
        return text.toString();
    }

    private static long firstReachingAfter(CountSeries series, long threshold, long after) {
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) >= after && series.value(i) >= threshold) {
                return series.time(i);
            }
        }
        return -1;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The model's note as a sentence (it is written lower-case, to be embedded). */
    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
