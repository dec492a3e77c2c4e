package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.runtime.InstanceState;
import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.run.task.ProgressListener;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.TimedAction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunnerTest {

    @Test
    void helloComparesOneVmWithOneContainerOnTheSameHost() {
        RunResult result = new Runner().run(TestScenarios.hello());
        assertEquals(2, result.arms().size());
        ArmResult vm = result.arm("vm").orElseThrow();
        ArmResult docker = result.arm("docker").orElseThrow();
        double vmSeconds = vm.summary().value(Metric.STARTUP_P50);
        double dockerSeconds = docker.summary().value(Metric.STARTUP_P50);
        assertTrue(vmSeconds > 14 && vmSeconds < 18, "full-distro VM boots in ~15 s, was " + vmSeconds);
        assertTrue(dockerSeconds > 0.4 && dockerSeconds < 0.7, "warm docker run ~0.5 s, was " + dockerSeconds);
        InstanceResult container = docker.instances().get(0);
        assertEquals(InstanceState.RUNNING, container.state());
        assertEquals(List.of(PhaseKind.ENGINE_API, PhaseKind.IMAGE_PULL, PhaseKind.ROOTFS, PhaseKind.NETWORK,
                        PhaseKind.ISOLATION, PhaseKind.RUNTIME, PhaseKind.APP),
                container.phases().stream().map(p -> p.kind()).toList());
        assertTrue(vm.instances().get(0).residentBytes() > 10 * container.residentBytes(),
                "a VM carries its own kernel and OS; a container only its app and shim");
        assertTrue(vm.summary().memoryPerInstanceBytes() > docker.summary().memoryPerInstanceBytes(),
                "even with the whole daemon charged to one container");
        assertTrue(vm.summary().memoryPerInstance().containsKey(MemoryComponent.GUEST_KERNEL_AND_OS));
        assertFalse(docker.summary().memoryPerInstance().containsKey(MemoryComponent.GUEST_KERNEL_AND_OS));
        assertEquals(1, vm.readyOverTime().last());
    }

    @Test
    void theSameScenarioGivesTheSameResultsWhateverTheThreadCount() {
        Scenario storm = TestScenarios.scenario(List.of(TestScenarios.FIRECRACKER, TestScenarios.DOCKER), 60,
                new Arrival.Poisson(20), 3, List.of(), false);
        RunResult one = new Runner(new RunOptions(1, ProgressListener.NONE)).run(storm);
        RunResult two = new Runner(new RunOptions(2, ProgressListener.NONE)).run(storm);
        for (int a = 0; a < 2; a++) {
            assertEquals(one.arms().get(a).replications(), two.arms().get(a).replications());
            assertEquals(one.arms().get(a).trace(), two.arms().get(a).trace());
            assertEquals(one.arms().get(a).instances(), two.arms().get(a).instances());
        }
    }

    @Test
    void armsShareArrivalTimesCommonRandomNumbers() {
        Scenario poisson = TestScenarios.scenario(List.of(TestScenarios.FIRECRACKER, TestScenarios.DOCKER), 40,
                new Arrival.Poisson(5), 1, List.of(), true);
        RunResult result = new Runner().run(poisson);
        List<Long> a = result.arms().get(0).instances().stream().map(InstanceResult::requestedAt).toList();
        List<Long> b = result.arms().get(1).instances().stream().map(InstanceResult::requestedAt).toList();
        assertEquals(a, b);
        assertTrue(a.get(39) > a.get(0), "Poisson arrivals are spread out");
    }

    @Test
    void replicationsGiveConfidenceIntervals() {
        Scenario storm = TestScenarios.scenario(List.of(TestScenarios.DOCKER), 30, new Arrival.Poisson(50), 5,
                List.of(), true);
        ArmResult arm = new Runner().run(storm).arms().get(0);
        assertEquals(5, arm.replications().size());
        var ci = arm.interval(Metric.STARTUP_P50).orElseThrow();
        assertEquals(5, ci.n());
        assertTrue(ci.halfWidth() > 0 && Double.isFinite(ci.halfWidth()));
        assertTrue(ci.contains(arm.summary().value(Metric.STARTUP_P50)) || ci.halfWidth() > 0);
    }

    @Test
    void theTimelineStopsInstancesAndFailsHosts() {
        Scenario withTimeline = TestScenarios.scenario(List.of(TestScenarios.DOCKER), 10, new Arrival.AllAtOnce(), 1,
                List.of(new TimedAction(Duration.ofSeconds(30), new TimedAction.Stop(4)),
                        new TimedAction(Duration.ofSeconds(40), new TimedAction.Start(2)),
                        new TimedAction(Duration.ofSeconds(60), new TimedAction.FailHost("host-1"))), true);
        ArmResult arm = new Runner().run(withTimeline).arms().get(0);
        assertEquals(12, arm.instances().size());
        long stopped = arm.instances().stream().filter(i -> i.state() == InstanceState.STOPPED).count();
        long failed = arm.instances().stream().filter(i -> i.state() == InstanceState.FAILED).count();
        assertEquals(4, stopped);
        assertEquals(8, failed);
        assertEquals(0, arm.readyOverTime().last());
        assertEquals(8, arm.readyOverTime().valueAtTime(SimTime.ofSeconds(50)));
        assertTrue(arm.trace().stream().anyMatch(e -> e instanceof ModelEvent.HostFailed));
    }

    @Test
    void scaleBringsTheLiveCountToTheTargetBothWays() {
        Scenario scaled = TestScenarios.scenario(List.of(TestScenarios.DOCKER), 5, new Arrival.AllAtOnce(), 1,
                List.of(new TimedAction(Duration.ofSeconds(20), new TimedAction.Scale(9)),
                        new TimedAction(Duration.ofSeconds(60), new TimedAction.Scale(3))), true);
        ArmResult arm = new Runner().run(scaled).arms().get(0);
        assertEquals(9, arm.instances().size());
        assertEquals(9, arm.readyOverTime().valueAtTime(SimTime.ofSeconds(50)));
        assertEquals(3, arm.readyOverTime().last());
        assertEquals(6, arm.instances().stream().filter(i -> i.state() == InstanceState.STOPPED).count());
        assertEquals(List.of(0, 1, 2), arm.instances().stream().filter(i -> i.state() == InstanceState.RUNNING)
                .map(InstanceResult::index).toList(), "the newest are stopped first");
    }

    @Test
    void readyOverTimeCountsTheWorkloadNotTheNodeVms() {
        var node = new dev.spinup.model.stack.VmStack("node", dev.spinup.model.profiles.Hypervisors.KVM_QEMU,
                dev.spinup.model.profiles.GuestSystems.UBUNTU_CLOUD,
                new dev.spinup.model.stack.VmShape(4, dev.spinup.model.DataSize.ofGiB(8)), java.util.Optional.empty());
        var nested = new dev.spinup.scenario.StackChoice("k8s", new dev.spinup.model.stack.ContainersInVmStack(
                "containers in VMs", node, (dev.spinup.model.stack.ContainerStack) TestScenarios.DOCKER.spec(), 5));
        ArmResult arm = new Runner().run(TestScenarios.scenario(List.of(nested), 12, new Arrival.AllAtOnce(), 1,
                List.of(), true)).arms().get(0);
        assertEquals(12, arm.summary().ready());
        assertEquals(12, arm.readyOverTime().max(), "3 node VMs booted but are not the workload");
        assertEquals(3, arm.nodeVms().size());
        assertTrue(arm.instances().get(0).phases().get(0).kind() == PhaseKind.NODE_VM);
    }
}
