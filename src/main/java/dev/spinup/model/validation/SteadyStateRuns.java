package dev.spinup.model.validation;

import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.runtime.Placement;
import dev.spinup.model.runtime.SteadyStateLoad;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.stack.StackSpec;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One instance alone on a classroom host running every steady-state benchmark once it is ready, as a benchmark
 * suite measures a stack: each class's time inside over its time on the bare host.
 */
final class SteadyStateRuns {

    private SteadyStateRuns() {
    }

    static Map<ResourceClass, Double> slowdowns(StackSpec stack) {
        Simulation simulation = new Simulation();
        Infrastructure infra = new Infrastructure(simulation, new RandomStreams(Validation.SEED),
                List.of(Hardware.CLASSROOM_HOST.value()), Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(),
                Placement.roundRobin(), ModelObserver.NONE, true);
        Image image = Catalogue.image(Apps.HELLO.imageReference()).orElseThrow();
        infra.hosts().forEach(host -> host.layerCache().preload(image));
        Instance instance = infra.launch(0, stack, Apps.HELLO, image);
        Map<ResourceClass, Double> out = new EnumMap<>(ResourceClass.class);
        instance.whenReady(() -> infra.runSteadyState(instance, SteadyStateLoad.everyClass(Duration.ofSeconds(1)))
                .whenDone(done -> done.value().forEach(m -> out.put(m.kind(), m.slowdown()))));
        simulation.run();
        if (out.size() != ResourceClass.values().length) {
            throw new IllegalStateException(stack.label() + " did not run its steady-state benchmarks");
        }
        return out;
    }
}
