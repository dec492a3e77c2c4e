package dev.spinup.model.runtime;

import static dev.spinup.model.runtime.World.containers;
import static dev.spinup.model.runtime.World.cpu;
import static dev.spinup.model.runtime.World.guest;
import static dev.spinup.model.runtime.World.hypervisor;
import static dev.spinup.model.runtime.World.latency;
import static dev.spinup.model.runtime.World.phase;
import static dev.spinup.model.runtime.World.phaseOf;
import static dev.spinup.model.runtime.World.vms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.Completion;
import dev.spinup.engine.EventKind;
import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Starting, running jobs, stopping, and failing: the states an instance goes through and what each frees. */
class LifecycleTest {

    private static final long MS = SimTime.MILLISECOND;
    private static final EventKind ACT = EventKind.of("test: act");

    /** 10 ms of network set-up, then an app that waits 100 ms and touches 64 MiB as its phase ends. */
    private static final ContainerStack SLOW_START = containers(phase(PhaseKind.NETWORK, latency(10)));

    private static Instance launchSlow(World world, int index) {
        return world.launch(index, SLOW_START, World.app(64, phase(PhaseKind.APP, latency(100))));
    }

    @Test
    void anInstanceFailureFreesItsMemoryAndLeavesTheOthersAndTheHostUp() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(8)));
        Instance crashed = launchSlow(world, 0);
        Instance healthy = launchSlow(world, 1);
        world.sim.run();
        long before = world.host(0).ledger().residentBytes();

        world.infra.fail(crashed, "OOM-killed");
        world.infra.fail(crashed, "again");
        world.sim.run();

        assertEquals(InstanceState.FAILED, crashed.state());
        assertEquals("OOM-killed", crashed.failure().orElseThrow());
        assertTrue(crashed.residentMemory().isZero());
        assertEquals(InstanceState.RUNNING, healthy.state());
        assertTrue(world.host(0).isUp());
        assertEquals(before - DataSize.ofMiB(64).bytes(), world.host(0).ledger().residentBytes(),
                "the crashed instance's app memory is back");
        assertTrue(world.host(0).ledgerBalances());
        assertEquals(1, world.events(ModelEvent.InstanceFailed.class).size());
        Instance replacement = launchSlow(world, 2);
        world.sim.run();
        assertEquals(InstanceState.RUNNING, replacement.state(), "the host still takes new instances");
    }

    @Test
    void aHostFailureFailsEveryInstanceOnItWithTheReason() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(8)));
        Instance running = launchSlow(world, 0);
        world.sim.run();
        Instance starting = launchSlow(world, 1);
        world.sim.runUntil(world.sim.now() + 50 * MS);

        world.infra.failHost(0);
        world.sim.run();

        for (Instance instance : List.of(running, starting)) {
            assertEquals(InstanceState.FAILED, instance.state());
            assertEquals("host h failed", instance.failure().orElseThrow());
            assertTrue(instance.residentMemory().isZero());
        }
        assertEquals(2, world.events(ModelEvent.InstanceFailed.class).size());
        assertEquals(1, world.events(ModelEvent.HostFailed.class).size());
        assertEquals(0, world.host(0).ledger().residentBytes(MemoryComponent.APP),
                "the start cut short in its wait must not go on to touch the app's memory");
        assertTrue(world.host(0).ledgerBalances());
        assertEquals(List.of(PhaseKind.NETWORK), starting.phases().stream().map(p -> p.kind()).toList(),
                "the app phase was cut short, so it has no record");
        assertTrue(starting.phases().stream().allMatch(p -> p.endNanos() <= starting.endedAt()));

        Instance late = launchSlow(world, 2);
        assertEquals(Refusal.Reason.HOST_DOWN, late.refusal().orElseThrow().reason());
        assertEquals("host h is down", late.refusal().orElseThrow().message());
    }

    @Test
    void stoppingAStartingInstanceAbandonsItsStartAndFreesItsReservation() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(8)));
        Instance instance = launchSlow(world, 0);
        world.sim.runUntil(50 * MS);

        world.infra.stop(instance);
        world.sim.run();

        assertEquals(InstanceState.STOPPED, instance.state());
        assertEquals(50 * MS, instance.endedAt());
        assertEquals(List.of(), world.events(ModelEvent.InstanceFailed.class));
        assertEquals(List.of(new ModelEvent.InstanceStopped(50 * MS, instance.id())),
                world.events(ModelEvent.InstanceStopped.class));
        assertEquals(0, world.host(0).ledger().reservedBytes());
        assertEquals(0, world.host(0).ledger().residentBytes());
        assertTrue(world.host(0).ledgerBalances());
    }

    @Test
    void stoppingInTheMiddleOfCpuWorkGivesTheCoreBack() {
        World world = new World(World.host("h", 1, DataSize.ofGiB(8)));
        ContainerStack stack = containers(phase(PhaseKind.RUNTIME, cpu(100)));
        Instance stopped = world.launch(0, stack);
        Instance other = world.launch(1, stack);
        world.sim.schedule(50 * MS, ACT, () -> world.infra.stop(stopped));
        world.sim.run();

        assertEquals(InstanceState.STOPPED, stopped.state());
        // Half a core each until 50 ms (25 ms of work done), then the whole core for the remaining 75 ms.
        assertEquals(125 * MS, other.readyAt());
    }

    @Test
    void stoppingBetweenRunsInTheMiddleOfCpuWorkRecordsAStopNotAFailure() {
        World world = new World(World.host("h", 1, DataSize.ofGiB(8)));
        Instance instance = world.launch(0, containers(phase(PhaseKind.RUNTIME, cpu(100))));
        world.sim.runUntil(50 * MS);

        world.infra.stop(instance);
        world.sim.run();

        assertEquals(InstanceState.STOPPED, instance.state());
        assertEquals(List.of(), world.events(ModelEvent.InstanceFailed.class));
        assertEquals(1, world.events(ModelEvent.InstanceStopped.class).size());
        assertEquals(0, world.host(0).cpu().activeJobs());
    }

    @Test
    void aStopQueuedAtAControlPointLeavesTheQueueSoTheNextGoesFirst() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(8)));
        ContainerStack stack = containers(phase(PhaseKind.ENGINE_API,
                new Demand.Critical(ControlPoint.ENGINE_DAEMON, Duration.ofMillis(100), Duration.ZERO)));
        Instance first = world.launch(0, stack);
        Instance quitter = world.launch(1, stack);
        Instance third = world.launch(2, stack);
        world.sim.schedule(20 * MS, ACT, () -> world.infra.stop(quitter));
        world.sim.run();

        assertEquals(100 * MS, first.readyAt());
        assertEquals(InstanceState.STOPPED, quitter.state());
        assertEquals(200 * MS, third.readyAt(), "the stopped one gave up its place in the queue");
    }

    @Test
    void stoppingWhileHoldingAControlPointReleasesItAtOnce() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(8)));
        ContainerStack stack = containers(phase(PhaseKind.ENGINE_API,
                new Demand.Critical(ControlPoint.ENGINE_DAEMON, Duration.ofMillis(100), Duration.ZERO)));
        Instance holder = world.launch(0, stack);
        Instance next = world.launch(1, stack);
        world.sim.schedule(30 * MS, ACT, () -> world.infra.stop(holder));
        world.sim.run();

        assertEquals(130 * MS, next.readyAt());
    }

    @Test
    void aRunningInstanceRunsJobsOnTheHostCoresSlowedByItsOverhead() {
        World world = new World(World.host("h", 1, DataSize.ofGiB(8)));
        VmStack stack = vms(hypervisor(DataSize.ZERO, DataSize.ZERO, World.overhead(1.25, 1.0),
                phase(PhaseKind.VMM_START, latency(10))), guest("g", DataSize.ofMiB(50),
                phase(PhaseKind.KERNEL, latency(10))), 1, DataSize.ofGiB(1));
        Instance vm = world.launch(0, stack);
        assertThrows(IllegalStateException.class, () -> world.infra.runJob(vm, Duration.ofMillis(1)),
                "not running yet");
        long[] finished = {-1};
        vm.whenReady(() -> world.infra.runJob(vm, Duration.ofMillis(80)).whenDone(job ->
                finished[0] = world.sim.now()));
        world.sim.run();

        assertEquals(20 * MS, vm.readyAt());
        assertEquals(20 * MS + 100 * MS, finished[0], "80 CPU-ms at a 1.25 overhead");
    }

    @Test
    void aJobStillRunningWhenItsInstanceStopsFails() {
        World world = new World(World.host("h", 1, DataSize.ofGiB(8)));
        Instance instance = world.launch(0, containers(phase(PhaseKind.RUNTIME, latency(1))));
        world.sim.run();
        Completion<Void> job = world.infra.runJob(instance, Duration.ofSeconds(10));
        Throwable[] failure = {null};
        job.whenDone(done -> failure[0] = done.failure());
        world.sim.schedule(SimTime.SECOND, ACT, () -> world.infra.stop(instance));
        world.sim.run();

        assertTrue(failure[0] instanceof CancellationException, String.valueOf(failure[0]));
        assertEquals(0, world.host(0).cpu().activeJobs());
    }

    @Test
    void theSecondVmOnAHostReadsItsDiskImageFromThePageCache() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(8)));
        VmStack stack = vms(hypervisor(DataSize.ZERO, DataSize.ZERO, World.NATIVE,
                phase(PhaseKind.VMM_START, latency(1))), guest("g", DataSize.ofMiB(50),
                phase(PhaseKind.INIT, new Demand.DiskImageRead("g/rootfs", DataSize.ofMB(400), 0))), 1, DataSize.ofGiB(1));
        Instance first = world.launch(0, stack);
        world.sim.run();
        long jobsAfterFirst = world.host(0).disk().jobsCompleted();
        Instance second = world.launch(1, stack);
        world.sim.run();

        assertEquals(400 * MS, phaseOf(first, PhaseKind.INIT).durationNanos(), "400 MB at 1 GB/s");
        assertEquals(400 * MS, phaseOf(first, PhaseKind.INIT).aloneNanos());
        assertEquals(0, phaseOf(second, PhaseKind.INIT).durationNanos());
        assertEquals(jobsAfterFirst, world.host(0).disk().jobsCompleted(), "nothing read from disk");
    }
}
