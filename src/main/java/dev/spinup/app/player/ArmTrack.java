package dev.spinup.app.player;

import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.run.ArmResult;
import dev.spinup.run.HostResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.StepSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One stack's recorded run as the player reads it: its instances' tracks and its hosts' memory series. */
public final class ArmTrack {

    private final ArmResult arm;
    private final List<InstanceTrack> instances;
    private final List<InstanceTrack> nodeVms;
    private final Optional<ClusterTimeline> cluster;

    public ArmTrack(ArmResult arm) {
        this.arm = Objects.requireNonNull(arm, "arm");
        String noun = nounFor(arm.stack().spec());
        List<InstanceTrack> tracks = new ArrayList<>();
        for (InstanceResult r : sortedByIndex(arm.instances())) {
            tracks.add(new InstanceTrack(r, noun + " " + (r.index() + 1)));
        }
        this.instances = List.copyOf(tracks);
        List<InstanceTrack> nodes = new ArrayList<>();
        for (InstanceResult r : sortedByIndex(arm.nodeVms())) {
            nodes.add(new InstanceTrack(r, "node VM " + (r.index() + 1)));
        }
        this.nodeVms = List.copyOf(nodes);
        this.cluster = arm.cluster().map(result -> new ClusterTimeline(this, result));
    }

    /** The arm's cluster indexed for playback, when the scenario has a cluster. */
    public Optional<ClusterTimeline> cluster() {
        return cluster;
    }

    public ArmResult arm() {
        return arm;
    }

    public String stackId() {
        return arm.stack().id();
    }

    public String label() {
        return arm.stack().label();
    }

    public List<InstanceTrack> instances() {
        return instances;
    }

    public List<InstanceTrack> nodeVms() {
        return nodeVms;
    }

    public List<HostResult> hosts() {
        return arm.hosts();
    }

    /** The column at {@code t}, exactly as the recorded run had it. */
    public ArmFrame frameAt(long t) {
        InstanceMoment[] moments = new InstanceMoment[instances.size()];
        for (int i = 0; i < moments.length; i++) {
            moments[i] = instances.get(i).at(t);
        }
        List<InstanceMoment> nodes = new ArrayList<>(nodeVms.size());
        for (InstanceTrack node : nodeVms) {
            nodes.add(node.at(t));
        }
        List<HostMemory> memory = new ArrayList<>(arm.hosts().size());
        Map<String, Long> reserved = new java.util.HashMap<>();
        for (InstanceTrack track : instances) {
            reserve(track, t, reserved);
        }
        for (InstanceTrack track : nodeVms) {
            reserve(track, t, reserved);
        }
        for (HostResult host : arm.hosts()) {
            memory.add(memoryAt(host, t, reserved.getOrDefault(host.name(), 0L)));
        }
        return new ArmFrame(stackId(), t, Arrays.asList(moments), nodes, Counts.of(moments), memory);
    }

    /** A track by instance id, or null. */
    public InstanceTrack instance(InstanceId id) {
        for (InstanceTrack track : instances) {
            if (track.id().equals(id)) {
                return track;
            }
        }
        for (InstanceTrack track : nodeVms) {
            if (track.id().equals(id)) {
                return track;
            }
        }
        return null;
    }

    private static void reserve(InstanceTrack track, long t, Map<String, Long> byHost) {
        StepSeries series = track.result().reservedOverTime();
        if (!series.isEmpty() && t >= track.result().requestedAt()) {
            byHost.merge(track.result().host(), Math.round(series.valueAtTime(t)), Long::sum);
        }
    }

    private static HostMemory memoryAt(HostResult host, long t, long reserved) {
        Map<MemoryComponent, Long> components = new EnumMap<>(MemoryComponent.class);
        for (MemoryComponent c : MemoryComponent.values()) {
            StepSeries series = host.memory(c);
            if (!series.isEmpty()) {
                components.put(c, Math.round(series.valueAtTime(t)));
            }
        }
        return new HostMemory(host.name(), host.spec().memory().bytes(), host.spec().hostOsReserved().bytes(),
                components, reserved);
    }

    private static List<InstanceResult> sortedByIndex(List<InstanceResult> results) {
        List<InstanceResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return sorted;
    }

    /** What a student calls one instance of this stack. */
    static String nounFor(StackSpec spec) {
        return switch (spec.kind()) {
            case VM_TYPE1, VM_TYPE2 -> "VM";
            case MICROVM -> "microVM";
            case SANDBOXED_USERSPACE_KERNEL, SANDBOXED_LIGHT_VM -> "sandbox";
            case CONTAINER, CONTAINERS_IN_VM -> "container";
        };
    }
}
