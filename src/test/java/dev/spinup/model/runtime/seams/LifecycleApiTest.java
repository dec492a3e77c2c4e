package dev.spinup.model.runtime.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.engine.SimTime;
import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.runtime.NodeVm;
import dev.spinup.model.runtime.Placement;
import dev.spinup.model.runtime.PlacementRequest;
import dev.spinup.model.runtime.StartupPlanner;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.PhaseKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runtime as an orchestrator sees it, from outside its package and through its public API only: boot node
 * VMs while the run goes on, start pods on hosts of one's choosing, hold pods pending until a host joins, follow
 * one instance's lifecycle, and take a host away.
 */
class LifecycleApiTest {

    private static final EventKind LATER = EventKind.of("test action");
    private static final Image IMAGE = Images.NGINX;
    private static final ContainerStack DOCKER = new ContainerStack("Docker", ContainerRuntimes.DOCKER_RUNC);
    private static final ContainersInVmStack NODES = new ContainersInVmStack("Docker in KVM nodes",
            new VmStack("KVM node", Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD, new VmShape(4,
                    DataSize.ofGiB(8)), Optional.empty()), DOCKER, 10);

    private final Simulation simulation = new Simulation();
    private final List<ModelEvent> trace = new ArrayList<>();

    private Infrastructure infrastructure(Placement placement, HostSpec... hosts) {
        Infrastructure infra = new Infrastructure(simulation, new RandomStreams(3), List.of(hosts),
                Catalogue.REGISTRY.value(), Catalogue.DOCKER_PULLS.value(), placement, new ModelObserver() {
                    @Override
                    public void on(ModelEvent event) {
                        trace.add(event);
                    }

                    @Override
                    public Set<ModelEvent.Kind> wants() {
                        return ModelObserver.lifecycle();
                    }
                }, false);
        infra.hosts().forEach(h -> h.layerCache().preload(IMAGE));
        return infra;
    }

    private static HostSpec host(String name) {
        return Hardware.CLASSROOM_HOST.value().withName(name);
    }

    private void at(long seconds, Runnable action) {
        simulation.scheduleAt(seconds * SimTime.SECOND, Priority.NORMAL, LATER, action);
    }

    @Test
    void aNodeVmBootedWhileTheRunGoesOnBecomesAHostThatTakesContainers() {
        Infrastructure infra = infrastructure(Placement.firstFit(), host("metal"));
        List<Instance> pods = new ArrayList<>();
        List<NodeVm> booted = new ArrayList<>();
        at(5, () -> {
            NodeVm node = infra.bootNode(NODES, infra.hosts().get(0));
            booted.add(node);
            node.whenReady(guest -> {
                for (int i = 0; i < 3; i++) {
                    Instance pod = infra.request(InstanceId.Role.POD, NODES, Apps.NGINX, IMAGE);
                    assertEquals(Optional.empty(), infra.startOn(pod, guest));
                    pods.add(pod);
                }
            });
        });
        simulation.run();

        NodeVm node = booted.get(0);
        Instance vm = node.vm();
        assertEquals(InstanceId.of(InstanceId.Role.NODE_VM, 1), vm.id());
        assertTrue(vm.requestedAt() == 5 * SimTime.SECOND && vm.readyAt() > vm.requestedAt());
        Host guest = node.host().orElseThrow();
        assertEquals(infra.hosts().get(0), guest.parent().orElseThrow());
        ModelEvent.HostReady ready = only(ModelEvent.HostReady.class);
        assertEquals(vm.readyAt(), ready.timeNanos());
        assertEquals(vm.id(), ready.nodeVm());
        assertEquals("metal", ready.parent());
        assertEquals(3, pods.size());
        for (int i = 0; i < pods.size(); i++) {
            Instance pod = pods.get(i);
            assertEquals(InstanceId.of(InstanceId.Role.POD, i + 1), pod.id());
            assertEquals(InstanceState.RUNNING, pod.state());
            assertEquals(guest, pod.host().orElseThrow(), "the pod runs inside the node VM");
            assertTrue(pod.admittedAt() == vm.readyAt() && pod.readyAt() > pod.admittedAt());
        }
        assertEquals(pods, infra.instances(), "pods are workload, the node VM is not");
        assertEquals(List.of(vm), infra.nodeVms());
    }

    @Test
    void aLifecycleSubscriberSeesEveryEventOfAnInstanceInOrder() {
        Infrastructure infra = infrastructure(Placement.firstFit(), host("a"));
        Instance pod = infra.request(InstanceId.Role.POD, DOCKER, Apps.NGINX, IMAGE);
        List<ModelEvent> seen = new ArrayList<>();
        infra.observe(pod.id(), seen::add);
        // A neighbour the subscriber must not hear of.
        infra.launch(0, DOCKER, Apps.NGINX, IMAGE);
        assertEquals(Optional.empty(), infra.startOn(pod, infra.hosts().get(0)));
        at(10, () -> infra.stop(pod));
        simulation.run();

        List<ModelEvent> ofPod = trace.stream().filter(e -> e instanceof ModelEvent.OfInstance o
                && o.instance().equals(pod.id())).toList();
        assertEquals(ofPod, seen, "exactly the pod's events, as the run's trace has them");
        List<ModelEvent.Kind> kinds = seen.stream().map(ModelEvent::kind).toList();
        assertEquals(ModelEvent.Kind.INSTANCE_ADMITTED, kinds.get(0));
        int ready = kinds.indexOf(ModelEvent.Kind.INSTANCE_READY);
        List<ModelEvent.Kind> start = kinds.subList(1, ready);
        assertFalse(start.isEmpty());
        for (int i = 0; i < start.size(); i++) {
            assertEquals(i % 2 == 0 ? ModelEvent.Kind.PHASE_STARTED : ModelEvent.Kind.PHASE_ENDED, start.get(i));
        }
        assertEquals(List.of(ModelEvent.Kind.PHASE_STARTED, ModelEvent.Kind.PHASE_ENDED,
                ModelEvent.Kind.INSTANCE_STOPPED), kinds.subList(ready + 1, kinds.size()));
        List<PhaseKind> phases = seen.stream().filter(e -> e instanceof ModelEvent.PhaseStarted)
                .map(e -> ((ModelEvent.PhaseStarted) e).phase()).toList();
        assertEquals(PhaseKind.SHUTDOWN, phases.get(phases.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).timeNanos() >= seen.get(i - 1).timeNanos(), "in time order");
        }
        assertEquals(pod.readyAt(), seen.get(ready).timeNanos());
        assertEquals(pod.endedAt(), seen.get(seen.size() - 1).timeNanos());
    }

    /** A scheduler with a pending queue: what no host takes waits for a host to join instead of being refused. */
    private static final class PendingScheduler implements Placement {
        final Deque<PlacementRequest> pending = new ArrayDeque<>();

        @Override
        public void place(PlacementRequest request) {
            if (!tryAll(request)) {
                pending.add(request);
            }
        }

        void hostJoined() {
            pending.removeIf(PendingScheduler::tryAll);
        }

        private static boolean tryAll(PlacementRequest request) {
            for (Host host : request.candidates()) {
                if (request.check(host).isEmpty()) {
                    return request.tryBind(host).isEmpty();
                }
            }
            return false;
        }
    }

    @Test
    void hostsJoinAndLeaveWhileTheRunGoesOn() {
        PendingScheduler scheduler = new PendingScheduler();
        // 2 vCPUs × 4 GiB VMs on a 16-core host with 1.5 × vCPU overcommit: 12 fit.
        VmStack vms = new VmStack("KVM", Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD,
                new VmShape(2, DataSize.ofGiB(4)), Optional.empty());
        Infrastructure infra = infrastructure(scheduler, host("a"));
        List<ModelEvent> ofB = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            infra.launch(i, vms, Apps.NGINX, IMAGE);
        }
        int placedOnA = (int) infra.instances().stream().filter(i -> i.state() == InstanceState.STARTING).count();
        assertEquals(20 - placedOnA, scheduler.pending.size(), "the rest wait, requested, for room");
        assertTrue(infra.instances().stream().noneMatch(i -> i.state() == InstanceState.REFUSED));
        at(60, () -> {
            Host b = infra.addHost(host("b"));
            infra.observe(b, ofB::add);
            scheduler.hostJoined();
        });
        at(120, () -> infra.removeHost(infra.hosts().get(0)));
        simulation.run();

        assertTrue(scheduler.pending.isEmpty());
        Host a = infra.hosts().get(0);
        Host b = infra.hosts().get(1);
        for (Instance instance : infra.instances()) {
            Host on = instance.host().orElseThrow();
            assertEquals(on == a ? InstanceState.STOPPED : InstanceState.RUNNING, instance.state(), instance.id()
                    + " on " + on.name());
        }
        assertEquals(20 - placedOnA, b.liveInstances());
        assertEquals(0, a.liveInstances());
        assertEquals(1, trace.stream().filter(e -> e instanceof ModelEvent.HostAdded h && h.host().equals("b"))
                .count());
        assertEquals(120 * SimTime.SECOND, only(ModelEvent.HostRemoved.class).timeNanos());
        assertTrue(ofB.stream().allMatch(e -> e instanceof ModelEvent.OfHost h && h.host().equals("b")));
        assertEquals(20 - placedOnA, ofB.stream().filter(e -> e instanceof ModelEvent.InstanceAdmitted).count());
        Optional<Refusal> afterRemoval = a.check(vms, StartupPlanner.plan(vms, Apps.NGINX), Optional.empty());
        assertEquals(Refusal.Reason.HOST_DOWN, afterRemoval.orElseThrow().reason());
        assertTrue(afterRemoval.get().message().contains("removed"), afterRemoval.get().message());
    }

    @Test
    void eachObserverHearsOnlyTheKindsItAskedFor() {
        Infrastructure infra = infrastructure(Placement.roundRobin(), host("a"), host("b"));
        List<ModelEvent> readiness = new ArrayList<>();
        infra.observe(new ModelObserver() {
            @Override
            public void on(ModelEvent event) {
                readiness.add(event);
            }

            @Override
            public Set<ModelEvent.Kind> wants() {
                return EnumSet.of(ModelEvent.Kind.INSTANCE_READY);
            }
        });
        for (int i = 0; i < 4; i++) {
            infra.launch(i, DOCKER, Apps.NGINX, IMAGE);
        }
        simulation.run();

        assertEquals(4, readiness.size());
        assertTrue(readiness.stream().allMatch(e -> e instanceof ModelEvent.InstanceReady));
        assertTrue(trace.stream().noneMatch(e -> e.kind() == ModelEvent.Kind.MEMORY_CHANGED),
                "the recorder asked for lifecycles only");
        assertTrue(trace.stream().anyMatch(e -> e.kind() == ModelEvent.Kind.PHASE_ENDED));
    }

    private <E extends ModelEvent> E only(Class<E> type) {
        List<E> found = trace.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), type.getSimpleName() + " events: " + found);
        return found.get(0);
    }
}
