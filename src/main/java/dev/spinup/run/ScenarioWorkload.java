package dev.spinup.run;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.image.BuildReport;
import dev.spinup.model.image.Image;
import dev.spinup.model.image.StepOutcome;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.StartGate;
import dev.spinup.model.runtime.WorkloadDriver;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.TimedAction;
import dev.spinup.scenario.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A scenario file's workload as a {@link WorkloadDriver}: its instances arriving by the scenario's arrival
 * pattern (drawn from the stream "workload/arrivals", the same in every arm), and its timeline actions (start,
 * stop, scale, pull, build, fail a host), each with the outcome it had.
 */
final class ScenarioWorkload implements WorkloadDriver {

    private static final EventKind ARRIVAL = EventKind.of("instance requested");
    private static final EventKind ACTION = EventKind.of("timeline action");

    private final Scenario scenario;
    private final StackSpec stack;
    private final RandomStreams streams;
    private final List<ActionOutcome> actions = new ArrayList<>();
    private final List<SteadyStateRun> steadyState = new ArrayList<>();
    private Infrastructure infrastructure;
    private Simulation simulation;
    private int nextIndex;
    /** The workload's limit on starts in flight; null when it has none. */
    private StartGate workloadGate;
    /** Every gate in use, oldest first: a stop withdraws waiting starts, newest first, before stopping any. */
    private final List<StartGate> gates = new ArrayList<>();

    ScenarioWorkload(Scenario scenario, StackSpec stack, RandomStreams streams) {
        this.scenario = scenario;
        this.stack = stack;
        this.streams = streams;
    }

    @Override
    public void drive(Infrastructure infra) {
        this.infrastructure = infra;
        this.simulation = infra.simulation();
        Workload workload = scenario.workload();
        workloadGate = gate(workload.inFlight()).orElse(null);
        long[] arrivals = Arrivals.times(workload.arrival(), workload.instances(), streams.stream("workload/arrivals"));
        if (arrivals.length > 0) {
            new ArrivalChain(arrivals, simulation.reserveOrder(arrivals.length)).scheduleNext();
        }
        for (TimedAction action : scenario.timeline()) {
            simulation.scheduleAt(SimTime.of(action.at()), Priority.NORMAL, ACTION, () -> perform(action));
        }
    }

    /**
     * The arrivals, each scheduled only as the one before it fires but in the place it would have had had all been
     * scheduled at the start (arrival times never decrease): a million arrivals keep one event in the queue, not a
     * million, and fire in the same order among the other events.
     */
    private final class ArrivalChain implements Runnable {
        private final long[] times;
        private final long firstPlace;
        private int next;

        ArrivalChain(long[] times, long firstPlace) {
            this.times = times;
            this.firstPlace = firstPlace;
        }

        void scheduleNext() {
            simulation.scheduleReserved(times[next], Priority.NORMAL, firstPlace + next, ARRIVAL, this);
        }

        @Override
        public void run() {
            next++;
            if (next < times.length) {
                scheduleNext();
            }
            askForOne(workloadGate);
        }
    }

    /** What the timeline's actions did, in the order they finished. */
    List<ActionOutcome> actions() {
        return actions;
    }

    private Optional<StartGate> gate(OptionalInt inFlight) {
        if (inFlight.isEmpty()) {
            return Optional.empty();
        }
        StartGate gate = new StartGate(inFlight.getAsInt());
        gates.add(gate);
        return Optional.of(gate);
    }

    /** The gate an action's starts go through: its own if it sets {@code inFlight}, else the workload's. */
    private StartGate gateFor(OptionalInt inFlight) {
        return gate(inFlight).orElse(workloadGate);
    }

    /**
     * Asks for the next instance now: launched at once without a gate; through one, when its turn comes. The
     * workload position is taken when asked, so the random draws follow the order of asking on every stack.
     */
    private void askForOne(StartGate gate) {
        Workload workload = scenario.workload();
        int index = nextIndex++;
        if (gate == null) {
            benchmarkWhenReady(infrastructure.launch(index, stack, workload.app(), workload.image()));
            return;
        }
        gate.submit(simulation.now(), askedAt -> benchmarkWhenReady(infrastructure.launch(index, stack,
                workload.app(), workload.image(), askedAt)));
    }

    /** With a steady-state load, the instance runs its benchmarks once ready; what they took is kept. */
    private Instance benchmarkWhenReady(Instance instance) {
        scenario.workload().steadyState().ifPresent(load -> instance.whenReady(() ->
                infrastructure.runSteadyState(instance, load).whenDone(done -> {
                    if (done.isSucceeded()) {
                        steadyState.add(new SteadyStateRun(instance.id(), instance.index(), done.value()));
                    }
                })));
        return instance;
    }

    /** What each instance's steady-state benchmarks took, in the order they finished. */
    List<SteadyStateRun> steadyState() {
        return steadyState;
    }

    private int waitingOutside() {
        int waiting = 0;
        for (StartGate gate : gates) {
            waiting += gate.waiting();
        }
        return waiting;
    }

    private void perform(TimedAction timed) {
        TimedAction.Action action = timed.action();
        long now = simulation.now();
        if (action instanceof TimedAction.Start start) {
            StartGate gate = gateFor(start.inFlight());
            for (int i = 0; i < start.count(); i++) {
                askForOne(gate);
            }
        } else if (action instanceof TimedAction.Stop stop) {
            stopNewest(stop.count());
        } else if (action instanceof TimedAction.Scale scale) {
            int live = (int) infrastructure.instances().stream().filter(i -> i.state().isLive()).count()
                    + waitingOutside();
            StartGate gate = gateFor(scale.inFlight());
            for (int i = live; i < scale.to(); i++) {
                askForOne(gate);
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

    /**
     * Stops the {@code count} most recently asked-for instances: first those still waiting outside the hosts
     * (newest gate first), then the most recently started live ones.
     */
    private void stopNewest(int count) {
        int stopped = 0;
        for (int g = gates.size() - 1; g >= 0 && stopped < count; g--) {
            stopped += gates.get(g).withdrawNewest(count - stopped);
        }
        List<Instance> all = infrastructure.instances();
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
        return new ActionOutcome.Built(at, simulation.now(), host.name(), report.tag(), steps, report.buildKitNanos(),
                report.explanation());
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
}
