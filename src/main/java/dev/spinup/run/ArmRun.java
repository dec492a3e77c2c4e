package dev.spinup.run;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.image.Image;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.WorkloadDriver;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.orchestration.Cluster;
import dev.spinup.orchestration.ClusterResult;
import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One arm of one replication: builds the infrastructure for one stack, lets its driver (the scenario's arrivals and
 * timeline, or another {@link ArmDriver}) schedule the workload, runs the simulation to its end (or the horizon), and collects the results.
 */
final class ArmRun {

    private final Scenario scenario;
    private final StackChoice stack;
    private final Recorder.Keep keep;
    private final Simulation simulation = new Simulation();
    private final Recorder recorder;
    private final Infrastructure infrastructure;
    private final WorkloadDriver workload;
    private final PhaseTotals totals;
    private final Optional<Cluster> cluster;

    /** What one arm-replication produced: the summary always, the detail (or the series) only when asked for. */
    record Outcome(ArmSummary summary, Optional<Detail> detail, long eventsFired) {
    }

    /** The full results of a detailed run. */
    record Detail(List<InstanceResult> instances, List<InstanceResult> nodeVms, List<HostResult> hosts,
                  List<dev.spinup.model.runtime.ModelEvent> trace, List<ActionOutcome> actions,
                  StepSeries readyOverTime, long endNanos, List<RegistryResult> registries,
                  Optional<ClusterResult> cluster, List<SteadyStateRun> steadyState) {
    }

    ArmRun(Scenario scenario, StackChoice stack, long seed, Recorder.Keep keep, ArmDriver driver) {
        this.scenario = scenario;
        this.stack = stack;
        this.keep = keep;
        this.recorder = new Recorder(keep);
        RandomStreams streams = new RandomStreams(seed);
        this.infrastructure = new Infrastructure(simulation, streams, scenario.hostSpecsFor(stack), scenario.registry(),
                scenario.pulls(), scenario.workload().placement().create(), recorder, keep == Recorder.Keep.EVERYTHING);
        // Without detail no instance keeps its phases: the summary's phase figures are added up as they end.
        this.totals = keep == Recorder.Keep.EVERYTHING ? null : new PhaseTotals();
        if (totals != null) {
            infrastructure.observe(totals);
        }
        for (Host host : infrastructure.hosts()) {
            for (Image image : scenario.workload().preloaded()) {
                host.layerCache().preload(infrastructure.registry().realized(image));
            }
        }
        this.workload = driver.create(scenario, stack, streams);
        workload.drive(infrastructure);
        // A cluster section drives the arm as well: its deployments' pods, on nodes made of this arm's stack.
        this.cluster = scenario.cluster().map(spec -> new Cluster(spec, stack.id(), stack.spec(),
                scenario.workload().app()));
        cluster.ifPresent(c -> c.drive(infrastructure));
    }

    /** Runs to the end, or stops within about a thousand events of {@code context}'s cancellation and throws. */
    Outcome run(TaskContext context) {
        context.throwIfCancelled();
        simulation.stopWhen(context::isCancelled);
        scenario.horizon().ifPresentOrElse(h -> simulation.runUntil(SimTime.of(h)), simulation::run);
        context.throwIfCancelled();
        List<InstanceResult> instances = results(infrastructure.instances());
        ArmSummary summary = totals == null ? ArmSummaries.of(instances, infrastructure, simulation.now())
                : ArmSummaries.of(instances, infrastructure, simulation.now(), totals);
        Optional<ClusterResult> clusterResult = cluster.map(Cluster::result);
        if (clusterResult.isPresent()) {
            summary = summary.withCluster(ClusterOutcome.of(clusterResult.get(), scenario.cluster().orElseThrow()));
        }
        if (keep == Recorder.Keep.NOTHING) {
            return new Outcome(summary, Optional.empty(), simulation.eventsFired());
        }
        List<HostResult> hosts = new ArrayList<>();
        for (Host host : infrastructure.hosts()) {
            Recorder.HostSeries series = recorder.host(host.name());
            hosts.add(new HostResult(host.name(), host.spec(), series.memory(), series.load(), series.live.build(),
                    series.queues()));
        }
        return new Outcome(summary, Optional.of(new Detail(instances, results(infrastructure.nodeVms()), hosts,
                recorder.trace(), workload instanceof ScenarioWorkload s ? s.actions() : List.of(), recorder.readyOverTime(), simulation.now(),
                recorder.registries(), clusterResult,
                workload instanceof ScenarioWorkload s ? s.steadyState() : List.of())), simulation.eventsFired());
    }

    private List<InstanceResult> results(List<Instance> instances) {
        List<InstanceResult> out = new ArrayList<>(instances.size());
        MemoryByComponent.Shared shared = new MemoryByComponent.Shared();
        for (Instance instance : instances) {
            Map<MemoryComponent, Long> memory = new EnumMap<>(MemoryComponent.class);
            for (MemoryComponent c : MemoryComponent.values()) {
                long bytes = instance.memory(c).bytes();
                if (bytes != 0) {
                    memory.put(c, bytes);
                }
            }
            List<PhaseRecord> phases = instance.phases();
            out.add(new InstanceResult(instance.id(), instance.index(),
                    instance.host().map(Host::name).orElse(""), instance.state(), instance.askedAt(), instance.requestedAt(),
                    instance.admittedAt(), instance.readyAt(), instance.endedAt(), phases, shared.of(memory),
                    instance.refusal().map(r -> r.message()), instance.failure(),
                    recorder.residentOf(instance.id()), recorder.reservedOf(instance.id())));
        }
        return out;
    }
}
