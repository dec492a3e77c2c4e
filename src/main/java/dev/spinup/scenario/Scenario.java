package dev.spinup.scenario;

import dev.spinup.model.host.HostSpec;
import dev.spinup.model.image.PullerConfig;
import dev.spinup.model.image.RegistrySpec;
import dev.spinup.orchestration.ClusterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a lesson's scenario file says, with every default already filled in from the catalogue: the lesson
 * text, the hardware, the stacks compared side by side, the workload they all run, a timeline of actions, and
 * the charts to show. Two arms of a run differ only by their stack.
 *
 * @param horizon how long to simulate at most; empty means until nothing is left to happen
 * @param cluster the Kubernetes-like cluster every arm runs, if the file has a {@code cluster} section
 */
public record Scenario(int schemaVersion, LessonInfo lesson, long seed, int replications, List<HostGroup> hosts,
                       RegistrySpec registry, PullerConfig pulls, List<StackChoice> stacks, Workload workload,
                       List<TimedAction> timeline, List<ChartKind> charts, Optional<Duration> horizon,
                       Optional<ClusterSpec> cluster) {

    public static final int SCHEMA_VERSION = 1;

    public Scenario {
        Objects.requireNonNull(lesson, "lesson");
        if (replications < 1) {
            throw new IllegalArgumentException("at least one replication");
        }
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one host");
        }
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(pulls, "pulls");
        stacks = List.copyOf(stacks);
        if (stacks.isEmpty()) {
            throw new IllegalArgumentException("a scenario compares at least one stack");
        }
        Objects.requireNonNull(workload, "workload");
        timeline = List.copyOf(timeline);
        charts = List.copyOf(charts);
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(cluster, "cluster");
    }

    /** The same scenario without a cluster section (what scenarios without one always were). */
    public Scenario(int schemaVersion, LessonInfo lesson, long seed, int replications, List<HostGroup> hosts,
                    RegistrySpec registry, PullerConfig pulls, List<StackChoice> stacks, Workload workload,
                    List<TimedAction> timeline, List<ChartKind> charts, Optional<Duration> horizon) {
        this(schemaVersion, lesson, seed, replications, hosts, registry, pulls, stacks, workload, timeline, charts,
                horizon, Optional.empty());
    }

    /** Every host, groups expanded in order: "host-1", "host-2", ... as the groups name them. */
    public List<HostSpec> hostSpecs() {
        List<HostSpec> all = new ArrayList<>();
        for (HostGroup group : hosts) {
            all.addAll(group.expand());
        }
        return all;
    }

    /** Every host as {@code stack}'s arm runs on it (a stack may say what admission counts). */
    public List<HostSpec> hostSpecsFor(StackChoice stack) {
        return stack.hostsOf(hostSpecs());
    }

    /** Whether the workload or any start or scale action limits how many starts are in flight at once. */
    public boolean limitsStartsInFlight() {
        return workload.inFlight().isPresent() || timeline.stream().map(TimedAction::action).anyMatch(a ->
                a instanceof TimedAction.Start start && start.inFlight().isPresent()
                        || a instanceof TimedAction.Scale scale && scale.inFlight().isPresent());
    }

    public Optional<StackChoice> stack(String id) {
        return stacks.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(schemaVersion, lesson, newSeed, replications, hosts, registry, pulls, stacks, workload,
                timeline, charts, horizon, cluster);
    }

    public Scenario withLesson(LessonInfo newLesson) {
        return new Scenario(schemaVersion, newLesson, seed, replications, hosts, registry, pulls, stacks, workload,
                timeline, charts, horizon, cluster);
    }

    public Scenario withReplications(int count) {
        return new Scenario(schemaVersion, lesson, seed, count, hosts, registry, pulls, stacks, workload, timeline,
                charts, horizon, cluster);
    }
}
