package dev.spinup.model.validation;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.engine.stats.Tally;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.runtime.Placement;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Many instances of one stack, each alone on its own classroom host with the app's image already there: the
 * distribution of a single instance's start, as a benchmark that boots one at a time measures it. Each instance
 * draws from its own random substream, so they are independent replications within one simulation.
 */
final class IsolatedStarts {

    private final List<Instance> instances;

    private IsolatedStarts(List<Instance> instances) {
        this.instances = instances;
    }

    static IsolatedStarts run(StackSpec stack, AppProfile app, int count, long seed) {
        Simulation simulation = new Simulation();
        List<HostSpec> hosts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hosts.add(Hardware.CLASSROOM_HOST.value().withName("host-" + (i + 1)));
        }
        Infrastructure infra = new Infrastructure(simulation, new RandomStreams(seed), hosts,
                Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(), Placement.roundRobin(), ModelObserver.NONE,
                true);
        Image image = Catalogue.image(app.imageReference()).orElseThrow();
        infra.hosts().forEach(host -> host.layerCache().preload(image));
        for (int i = 0; i < count; i++) {
            infra.launch(i, stack, app, image);
        }
        simulation.run();
        for (Instance instance : infra.instances()) {
            if (instance.state() != InstanceState.RUNNING) {
                throw new IllegalStateException(stack.label() + ": " + instance + " did not start alone on a"
                        + " classroom host: " + instance.refusal().map(r -> r.message()).orElse("?"));
            }
        }
        return new IsolatedStarts(List.copyOf(infra.instances()));
    }

    Instance first() {
        return instances.get(0);
    }

    /** Request to ready, in milliseconds. */
    Tally startupMillis() {
        Tally tally = new Tally();
        instances.forEach(i -> tally.add(SimTime.toMillis(i.startupNanos())));
        return tally;
    }

    /** The time spent in the given phases, summed per instance, in milliseconds. */
    Tally phaseMillis(Set<PhaseKind> kinds) {
        Tally tally = new Tally();
        for (Instance instance : instances) {
            long nanos = 0;
            for (PhaseRecord phase : instance.phases()) {
                if (kinds.contains(phase.kind())) {
                    nanos += phase.durationNanos();
                }
            }
            tally.add(SimTime.toMillis(nanos));
        }
        return tally;
    }
}
