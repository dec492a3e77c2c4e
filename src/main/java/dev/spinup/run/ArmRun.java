package dev.spinup.run;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.image.BuildReport;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.StepOutcome;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.ResourceKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import dev.spinup.scenario.TimedAction;
import dev.spinup.scenario.Workload;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One arm of one replication: builds the infrastructure for one stack, schedules the workload's arrivals and the
 * timeline, runs the simulation to its end (or the horizon), and collects the results.
 */
final class ArmRun {

    private static final EventKind ARRIVAL = EventKind.of("instance requested");
    private static final EventKind ACTION = EventKind.of("timeline action");

    private final Scenario scenario;
    private final StackChoice stack;
    private final boolean detail;
    private final Simulation simulation = new Simulation();
    private final Recorder recorder;
    private final Infrastructure infrastructure;
    private final List<ActionOutcome> actions = new ArrayList<>();
    private int nextIndex;

    /** What one arm-replication produced: the summary always, the detail only when asked for. */
    record Outcome(ArmSummary summary, Optional<Detail> detail) {
    }

    /** The full results of a detailed run. */
    record Detail(List<InstanceResult> instances, List<InstanceResult> nodeVms, List<HostResult> hosts,
                  List<dev.spinup.model.runtime.ModelEvent> trace, List<ActionOutcome> actions,
                  StepSeries readyOverTime, long endNanos) {
    }

    ArmRun(Scenario scenario, StackChoice stack, long seed, boolean detail) {
        this.scenario = scenario;
        this.stack = stack;
        this.detail = detail;
        this.recorder = new Recorder(detail);
        RandomStreams streams = new RandomStreams(seed);
        this.infrastructure = new Infrastructure(simulation, streams, scenario.hostSpecs(), scenario.registry(),
                scenario.pulls(), scenario.workload().placement(), recorder, true);
        recorder.countReadyOnly(id -> !infrastructure.isNodeVm(id));
        for (Host host : infrastructure.hosts()) {
            for (Image image : scenario.workload().preloaded()) {
                host.layerCache().preload(image);
            }
        }
        Workload workload = scenario.workload();
        long[] arrivals = Arrivals.times(workload.arrival(), workload.instances(), streams.stream("workload/arrivals"));
        for (long at : arrivals) {
            simulation.scheduleAt(at, Priority.NORMAL, ARRIVAL, this::launchOne);
        }
        for (TimedAction action : scenario.timeline()) {
            simulation.scheduleAt(SimTime.of(action.at()), Priority.NORMAL, ACTION, () -> perform(action));
        }
    }

    Outcome run() {
        scenario.horizon().ifPresentOrElse(h -> simulation.runUntil(SimTime.of(h)), simulation::run);
        List<InstanceResult> instances = results(infrastructure.instances());
        ArmSummary summary = ArmSummaries.of(instances, infrastructure, simulation.now());
        if (!detail) {
            return new Outcome(summary, Optional.empty());
        }
        List<HostResult> hosts = new ArrayList<>();
        for (Host host : infrastructure.hosts()) {
            Recorder.HostSeries series = recorder.host(host.name());
            Map<MemoryComponent, StepSeries> memory = new EnumMap<>(MemoryComponent.class);
            series.memory.forEach((c, b) -> memory.put(c, b.build()));
            Map<ResourceKind, StepSeries> load = new EnumMap<>(ResourceKind.class);
            series.load.forEach((r, b) -> load.put(r, b.build()));
            hosts.add(new HostResult(host.name(), host.spec(), memory, load, series.live.build()));
        }
        return new Outcome(summary, Optional.of(new Detail(instances, results(infrastructure.nodeVms()), hosts,
                recorder.trace(), actions, recorder.readyOverTime(), simulation.now())));
    }

    private void launchOne() {
        Workload workload = scenario.workload();
        infrastructure.launch(nextIndex++, stack.spec(), workload.app(), workload.image());
    }

    private void perform(TimedAction timed) {
        TimedAction.Action action = timed.action();
        long now = simulation.now();
        if (action instanceof TimedAction.Start start) {
            for (int i = 0; i < start.count(); i++) {
                launchOne();
            }
        } else if (action instanceof TimedAction.Stop stop) {
            stopNewest(stop.count());
        } else if (action instanceof TimedAction.Scale scale) {
            int live = (int) infrastructure.instances().stream().filter(i -> i.state().isLive()).count();
            for (int i = live; i < scale.to(); i++) {
                launchOne();
            }
            stopNewest(live - scale.to());
        } else if (action instanceof TimedAction.FailHost fail) {
            if (infrastructure.host(fail.host()).isPresent()) {
                infrastructure.failHost(fail.host());
            } else {
                actions.add(new ActionOutcome.Failed(now, "fail-host", "there is no host " + fail.host()));
            }
        } else if (action instanceof TimedAction.Pull pull) {
            for (Host host : targets(pull.host())) {
                host.pull(pull.image()).whenDone(done -> actions.add(done.isSucceeded()
                        ? new ActionOutcome.Pulled(now, simulation.now(), host.name(), pull.image().reference(),
                                done.value(), done.value().explanation())
                        : new ActionOutcome.Failed(now, "pull " + pull.image().reference(),
                                done.failure().getMessage())));
            }
        } else if (action instanceof TimedAction.Build build) {
            List<Host> hosts = targets(build.host());
            Host host = hosts.isEmpty() ? infrastructure.hosts().get(0) : hosts.get(0);
            Image base = build.dockerfile().base();
            // Like docker build: a base image that is not on the host is pulled first.
            Completion<?> baseReady = host.layerCache().hasImage(base) ? simulation.delay(0, ACTION)
                    : host.pull(base);
            baseReady.then(pulled -> host.build(build.dockerfile(), build.tag())).whenDone(done ->
                    actions.add(done.isSucceeded()
                            ? built(now, host, done.value())
                            : new ActionOutcome.Failed(now, "build " + build.tag(), done.failure().getMessage())));
        }
    }

    /** Stops the {@code count} most recently started instances that are still live. */
    private void stopNewest(int count) {
        List<Instance> all = infrastructure.instances();
        int stopped = 0;
        for (int i = all.size() - 1; i >= 0 && stopped < count; i--) {
            Instance instance = all.get(i);
            if (instance.state().isLive()) {
                infrastructure.stop(instance);
                stopped++;
            }
        }
    }

    private ActionOutcome built(long at, Host host, BuildReport report) {
        List<ActionOutcome.BuildStepOutcome> steps = new ArrayList<>();
        report.steps().forEach(step -> steps.add(new ActionOutcome.BuildStepOutcome(step.number(),
                step.step().instruction(), step.outcome() == StepOutcome.CACHED, step.nanos())));
        return new ActionOutcome.Built(at, simulation.now(), host.name(), report.tag(), steps, report.explanation());
    }

    private List<Host> targets(Optional<String> hostName) {
        if (hostName.isEmpty()) {
            return infrastructure.hosts();
        }
        return infrastructure.host(hostName.get()).map(List::of).orElseGet(() -> {
            actions.add(new ActionOutcome.Failed(simulation.now(), "action on " + hostName.get(),
                    "there is no host " + hostName.get()));
            return List.of();
        });
    }

    private List<InstanceResult> results(List<Instance> instances) {
        List<InstanceResult> out = new ArrayList<>(instances.size());
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
                    instance.host().map(Host::name).orElse(""), instance.state(), instance.requestedAt(),
                    instance.admittedAt(), instance.readyAt(), instance.endedAt(), phases, memory,
                    instance.refusal().map(r -> r.message()), instance.failure()));
        }
        return out;
    }
}
