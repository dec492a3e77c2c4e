package dev.spinup.model.validation;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.engine.stats.Tally;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.runtime.Placement;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.util.List;
import java.util.Set;

/** One host filling up: how many instances it admits, and how starts slow as instances accumulate on it. */
final class HostFill {

    private HostFill() {
    }

    /** Launches instances on {@code host} until it refuses one; returns how many it admitted. */
    static int admitted(StackSpec stack, AppProfile app, HostSpec host) {
        Infrastructure infra = infrastructure(new Simulation(), host, app, 1, false);
        Image image = Catalogue.image(app.imageReference()).orElseThrow();
        int count = 0;
        while (infra.launch(count, stack, app, image).state() != InstanceState.REFUSED) {
            count++;
        }
        return count;
    }

    /**
     * Starts instances one after another, each once the previous is ready (so none queues behind another), and
     * returns the start-up times of the {@code probes} started after {@code live} were already running, in ms.
     */
    static Tally startsWithLive(StackSpec stack, AppProfile app, HostSpec host, int live, int probes, long seed) {
        Tally tally = new Tally();
        fill(stack, app, host, live, probes, seed, false).forEach(i -> tally.add(SimTime.toMillis(i.startupNanos())));
        return tally;
    }

    /** As {@link #startsWithLive}, for the time the probes spent in the given phases, in ms. */
    static Tally phasesWithLive(StackSpec stack, AppProfile app, HostSpec host, int live, int probes, long seed,
                                Set<PhaseKind> phases) {
        Tally tally = new Tally();
        for (Instance probe : fill(stack, app, host, live, probes, seed, true)) {
            tally.add(SimTime.toMillis(probe.phases().stream().filter(p -> phases.contains(p.kind()))
                    .mapToLong(PhaseRecord::durationNanos).sum()));
        }
        return tally;
    }

    private static List<Instance> fill(StackSpec stack, AppProfile app, HostSpec host, int live, int probes,
                                       long seed, boolean keepPhases) {
        Simulation simulation = new Simulation();
        Infrastructure infra = infrastructure(simulation, host, app, seed, keepPhases);
        Image image = Catalogue.image(app.imageReference()).orElseThrow();
        int total = live + probes;
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            int index = infra.instances().size();
            if (index < total) {
                infra.launch(index, stack, app, image).whenReady(next[0]);
            }
        };
        next[0].run();
        simulation.run();
        List<Instance> started = infra.instances();
        if (started.size() != total || started.get(total - 1).state() != InstanceState.RUNNING) {
            throw new IllegalStateException(host.name() + " could not hold " + total + " of " + stack.label());
        }
        return started.subList(live, total);
    }

    private static Infrastructure infrastructure(Simulation simulation, HostSpec host, AppProfile app, long seed,
                                                 boolean keepPhases) {
        Infrastructure infra = new Infrastructure(simulation, new RandomStreams(seed), List.of(host),
                Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(), Placement.firstFit(),
                ModelObserver.NONE, keepPhases);
        infra.hosts().get(0).layerCache().preload(Catalogue.image(app.imageReference()).orElseThrow());
        return infra;
    }
}
