package dev.spinup.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.Completion;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.OverheadProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.stack.RuntimeOverhead;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Work run inside a running instance takes its stack's overhead per resource class, and shares the host. */
class SteadyStateTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final StackSpec RUNC = new ContainerStack("runc", ContainerRuntimes.DOCKER_RUNC);
    private static final StackSpec GVISOR = new ContainerStack("gVisor", ContainerRuntimes.DOCKER_GVISOR);
    private static final VmStack KVM = new VmStack("KVM", Hypervisors.KVM_QEMU, GuestSystems.MINIMAL_LINUX,
            new VmShape(1, DataSize.ofMiB(256)), Optional.empty());

    @Test
    void eachClassTakesItsStacksFactorAloneOnTheHost() {
        Map<ResourceClass, Double> runc = slowdowns(RUNC, 1).get(0);
        Map<ResourceClass, Double> gvisor = slowdowns(GVISOR, 1).get(0);
        Map<ResourceClass, Double> kvm = slowdowns(KVM, 1).get(0);
        for (ResourceClass kind : List.of(ResourceClass.CPU, ResourceClass.MEMORY_BANDWIDTH, ResourceClass.SYSCALLS,
                ResourceClass.RANDOM_IO)) {
            assertEquals(1.0, runc.get(kind), 1e-6, "a runc container runs " + kind + " natively");
        }
        assertEquals(1 + 35.0 / 37.5, runc.get(ResourceClass.NETWORK_ROUND_TRIP), 1e-6, "NAT roughly doubles RTT");
        assertEquals(1.0, gvisor.get(ResourceClass.CPU), 1e-6, "gVisor leaves raw CPU alone");
        assertEquals(2.2, gvisor.get(ResourceClass.SYSCALLS), 1e-6, "gVisor pays on system calls");
        assertEquals(2.0, kvm.get(ResourceClass.RANDOM_IO), 1e-6, "virtio-blk gives half the IOPS");
        assertEquals(1.8, kvm.get(ResourceClass.NETWORK_ROUND_TRIP), 1e-6, "+30 us is +80 % of a round trip");
        assertEquals(1.02, kvm.get(ResourceClass.CPU), 1e-6);
        assertEquals(1.0, kvm.get(ResourceClass.SYSCALLS), 1e-6, "a guest's system calls stay in its kernel");
    }

    @Test
    void benchmarksOnOneHostShareItsDiskAndCoresWithEachOther() {
        // Four instances' random reads at once on one disk each take about four times as long; their CPU work,
        // one core each of sixteen, does not slow down.
        List<Map<ResourceClass, Double>> four = slowdowns(RUNC, 4);
        for (Map<ResourceClass, Double> one : four) {
            assertEquals(1.0, one.get(ResourceClass.CPU), 1e-6);
        }
        double meanIo = four.stream().mapToDouble(m -> m.get(ResourceClass.RANDOM_IO)).average().orElseThrow();
        assertTrue(meanIo > 2.5, "random reads share the one disk: " + meanIo);
    }

    @Test
    void aContainerInANodeVmPaysTheRuntimesOverheadInsideTheHypervisors() {
        ContainersInVmStack nested = new ContainersInVmStack("runc in KVM",
                new VmStack("node", Hypervisors.KVM_QEMU, GuestSystems.MINIMAL_LINUX, new VmShape(2, DataSize.ofGiB(2)),
                        Optional.empty()), new ContainerStack("runc", ContainerRuntimes.DOCKER_RUNC), 4);
        RuntimeOverhead o = StartupPlanner.overhead(nested);
        assertEquals(1.02, o.cpu().value(), 1e-9);
        assertEquals(2.0, o.randomIo().value(), 1e-9);
        assertEquals(Duration.ofNanos(65_000), o.networkRoundTrip().value(), "NAT in the node plus the VM's hop");
        assertEquals(1 + 65.0 / 37.5, slowdowns(nested, 1).get(0).get(ResourceClass.NETWORK_ROUND_TRIP), 1e-6);
    }

    @Test
    void nestedVirtualizationIsSixToEightPerCentSlowerThanOneLevel() {
        RuntimeOverhead one = OverheadProfile.KVM_TUNED.overhead();
        RuntimeOverhead two = OverheadProfile.KVM_NESTED.overhead();
        for (ResourceClass kind : ResourceClass.values()) {
            double ratio = two.slowdown(kind) / one.slowdown(kind);
            assertTrue(ratio >= 1.06 && ratio <= 1.08, kind + ": " + ratio);
        }
    }

    @Test
    void aBenchmarkNeedsARunningInstanceAndFailsIfItStops() {
        Simulation simulation = new Simulation();
        Infrastructure infra = infrastructure(simulation, 1);
        Instance instance = infra.launch(0, RUNC, Apps.HELLO, image());
        assertThrows(IllegalStateException.class, () -> infra.runSteadyState(instance,
                SteadyStateLoad.everyClass(SECOND)), "not running yet");
        simulation.run();
        Completion<?> run = infra.runSteadyState(instance, SteadyStateLoad.everyClass(SECOND));
        Throwable[] failure = {null};
        run.whenDone(done -> failure[0] = done.failure());
        simulation.schedule(Duration.ofMillis(1500).toNanos(), dev.spinup.engine.EventKind.of("stop"),
                () -> infra.stop(instance));
        simulation.run();
        assertTrue(run.isFailed(), "stopped during its memory benchmark");
        assertTrue(failure[0] != null);
    }

    private static List<Map<ResourceClass, Double>> slowdowns(StackSpec stack, int instances) {
        Simulation simulation = new Simulation();
        Infrastructure infra = infrastructure(simulation, 1);
        List<Map<ResourceClass, Double>> out = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            Instance instance = infra.launch(i, stack, Apps.HELLO, image());
            instance.whenReady(() -> infra.runSteadyState(instance, SteadyStateLoad.everyClass(SECOND))
                    .whenDone(done -> {
                        Map<ResourceClass, Double> each = new EnumMap<>(ResourceClass.class);
                        done.value().forEach(m -> each.put(m.kind(), m.slowdown()));
                        out.add(each);
                    }));
        }
        simulation.run();
        assertEquals(instances, out.size(), "every instance ran its benchmarks");
        return out;
    }

    private static Infrastructure infrastructure(Simulation simulation, int hosts) {
        List<HostSpec> specs = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            specs.add(Hardware.CLASSROOM_HOST.value().withName("host-" + (i + 1)));
        }
        Infrastructure infra = new Infrastructure(simulation, new RandomStreams(3), specs, Catalogue.REGISTRY.value(),
                Catalogue.DOCKER_PULLS.value(), Placement.firstFit(), ModelObserver.NONE, true);
        infra.hosts().forEach(h -> h.layerCache().preload(image()));
        return infra;
    }

    private static Image image() {
        return Catalogue.image(Apps.HELLO.imageReference()).orElseThrow();
    }
}
