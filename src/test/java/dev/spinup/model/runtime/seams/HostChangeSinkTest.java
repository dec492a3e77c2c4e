package dev.spinup.model.runtime.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.HostChangeObserver;
import dev.spinup.model.runtime.HostChangeSink;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.runtime.Placement;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.ControlPoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A host-change observer's sinks hear exactly what an observer of events hears: every memory, load and queue change
 * of every host, with the same values in the same order, while the events still reach the observers that want
 * events (an observer of everything beside one that takes the changes directly).
 */
class HostChangeSinkTest {

    private static final Image IMAGE = Images.NGINX;
    private static final Set<ModelEvent.Kind> HOST_CHANGES = EnumSet.of(ModelEvent.Kind.MEMORY_CHANGED,
            ModelEvent.Kind.LOAD_CHANGED, ModelEvent.Kind.QUEUE_CHANGED);

    @Test
    void sinksHearWhatEventObserversHearHostByHost() {
        for (StackSpec stack : List.of(new ContainerStack("Docker", ContainerRuntimes.DOCKER_RUNC),
                new VmStack("KVM", Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD,
                        new VmShape(2, DataSize.ofGiB(4)), Optional.empty()))) {
            TreeMap<String, List<String>> asEvents = new TreeMap<>();
            TreeMap<String, List<String>> direct = new TreeMap<>();
            Simulation simulation = new Simulation();
            Infrastructure infra = new Infrastructure(simulation, new RandomStreams(5),
                    List.of(Hardware.CLASSROOM_HOST.value().withName("a"), Hardware.CLASSROOM_HOST.value().withName("b")),
                    Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(), Placement.roundRobin(),
                    event -> {
                        String line = line(event);
                        if (line != null) {
                            asEvents.computeIfAbsent(((ModelEvent.OfHost) event).host(), h -> new ArrayList<>())
                                    .add(line);
                        }
                    }, true);
            infra.observe(new Direct(direct));
            infra.hosts().forEach(h -> h.layerCache().preload(IMAGE));
            for (int i = 0; i < 12; i++) {
                infra.launch(i, stack, Apps.NGINX, IMAGE);
            }
            simulation.run();

            assertEquals(List.of("a", "b"), List.copyOf(asEvents.keySet()), stack.label() + ": both hosts changed");
            assertEquals(asEvents, direct, stack.label() + ": the sinks heard every change the events told");
            for (List<String> lines : direct.values()) {
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("memory")), stack.label() + ": memory");
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("load CPU")), stack.label() + ": CPU load");
            }
            if (stack instanceof ContainerStack) {
                assertTrue(direct.values().stream().flatMap(List::stream).anyMatch(l -> l.startsWith("queue")),
                        "containers queue at the daemon");
            }
        }
    }

    private static String line(ModelEvent event) {
        if (event instanceof ModelEvent.MemoryChanged m) {
            return memory(m.timeNanos(), m.component(), m.bytes());
        }
        if (event instanceof ModelEvent.LoadChanged l) {
            return load(l.timeNanos(), l.resource(), l.activeJobs(), l.utilisation());
        }
        if (event instanceof ModelEvent.QueueChanged q) {
            return queue(q.timeNanos(), q.point(), q.waiting(), q.holding());
        }
        return null;
    }

    private static String memory(long time, MemoryComponent component, long bytes) {
        return "memory " + component + " " + time + " " + bytes;
    }

    private static String load(long time, ResourceKind resource, int jobs, double utilisation) {
        return "load " + resource + " " + time + " " + jobs + " " + Double.doubleToRawLongBits(utilisation);
    }

    private static String queue(long time, ControlPoint point, int waiting, int holding) {
        return "queue " + point + " " + time + " " + waiting + " " + holding;
    }

    /** Takes the host changes through sinks, each host's into its own list. */
    private record Direct(TreeMap<String, List<String>> lines) implements HostChangeObserver {
        @Override
        public Set<ModelEvent.Kind> wants() {
            return HOST_CHANGES;
        }

        @Override
        public void on(ModelEvent event) {
            throw new AssertionError("a host-change observer that wants only host changes gets no event: " + event);
        }

        @Override
        public HostChangeSink changesOf(String host) {
            List<String> of = lines.computeIfAbsent(host, h -> new ArrayList<>());
            return new HostChangeSink() {
                @Override
                public void memoryChanged(long timeNanos, MemoryComponent component, long bytes) {
                    of.add(memory(timeNanos, component, bytes));
                }

                @Override
                public void loadChanged(long timeNanos, ResourceKind resource, int activeJobs, double utilisation) {
                    of.add(load(timeNanos, resource, activeJobs, utilisation));
                }

                @Override
                public void queueChanged(long timeNanos, ControlPoint point, int waiting, int holding) {
                    of.add(queue(timeNanos, point, waiting, holding));
                }
            };
        }
    }
}
