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
import dev.spinup.model.runtime.StartGate;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.util.List;
import java.util.Set;

/**
 * A storm issued the way a benchmark issues it: {@code total} starts on one host, at most {@code inFlight} at a
 * time (as {@code xargs -P}), every instance left running, and the time each spent in some of its phases.
 */
final class Storm {

    private final List<Instance> instances;

    private Storm(List<Instance> instances) {
        this.instances = instances;
    }

    static Storm run(StackSpec stack, AppProfile app, HostSpec host, int total, int inFlight, long seed) {
        Simulation simulation = new Simulation();
        Infrastructure infra = new Infrastructure(simulation, new RandomStreams(seed), List.of(host),
                Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(), Placement.firstFit(),
                ModelObserver.NONE, true);
        Image image = Catalogue.image(app.imageReference()).orElseThrow();
        infra.hosts().get(0).layerCache().preload(image);
        StartGate gate = new StartGate(inFlight);
        for (int i = 0; i < total; i++) {
            int index = i;
            gate.submit(0, askedAt -> infra.launch(index, stack, app, image, askedAt));
        }
        simulation.run();
        List<Instance> started = infra.instances();
        if (started.size() != total || started.stream().anyMatch(i -> i.state() != InstanceState.RUNNING)) {
            throw new IllegalStateException(host.name() + " could not hold " + total + " of " + stack.label());
        }
        return new Storm(started);
    }

    /** Each instance's start-up, from its launch (once a place in flight was free) to ready, in ms. */
    Tally startupMillis() {
        Tally tally = new Tally();
        instances.forEach(i -> tally.add(SimTime.toMillis(i.startupNanos())));
        return tally;
    }

    /** The time each instance spent in {@code kinds}, in ms. */
    Tally phaseMillis(Set<PhaseKind> kinds) {
        Tally tally = new Tally();
        for (Instance instance : instances) {
            tally.add(SimTime.toMillis(instance.phases().stream().filter(p -> kinds.contains(p.kind()))
                    .mapToLong(PhaseRecord::durationNanos).sum()));
        }
        return tally;
    }
}
