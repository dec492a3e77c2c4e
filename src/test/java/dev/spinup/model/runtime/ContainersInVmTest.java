package dev.spinup.model.runtime;

import static dev.spinup.model.runtime.World.containers;
import static dev.spinup.model.runtime.World.guest;
import static dev.spinup.model.runtime.World.hypervisor;
import static dev.spinup.model.runtime.World.latency;
import static dev.spinup.model.runtime.World.phase;
import static dev.spinup.model.runtime.World.phaseOf;
import static dev.spinup.model.runtime.World.vms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Containers inside node VMs: they wait for their node to boot, run on its vCPUs and in its guest RAM. */
class ContainersInVmTest {

    private static final long MS = SimTime.MILLISECOND;

    /** Node VMs of 4 GiB that boot in 300 ms, then start their engine (1 s), each holding two containers. */
    private static ContainersInVmStack nodes(DataSize guestRam) {
        VmStack node = vms(hypervisor(DataSize.ZERO, DataSize.ZERO, World.NATIVE,
                phase(PhaseKind.VMM_START, latency(100))), guest("node-os", DataSize.ofMiB(100),
                phase(PhaseKind.KERNEL, latency(200))), 2, guestRam);
        return new ContainersInVmStack("containers in VMs", node,
                containers(DataSize.ofMiB(10), DataSize.ZERO, phase(PhaseKind.RUNTIME, latency(50))), 2);
    }

    @Test
    void containersWaitForTheirNodeVmThenStartInsideIt() {
        World world = new World(World.host("h", 16, DataSize.ofGiB(16)));
        ContainersInVmStack stack = nodes(DataSize.ofGiB(4));
        List<Instance> containers = List.of(world.launch(0, stack), world.launch(1, stack), world.launch(2, stack));
        world.sim.run();

        assertEquals(2, world.infra.nodeVms().size(), "two containers per node: three need two nodes");
        Instance node = world.infra.nodeVms().get(0);
        // 100 ms VMM, 200 ms kernel, then the node's engine: 300 CPU-ms and a 700 ms wait.
        assertEquals(1300 * MS, node.readyAt());
        for (Instance container : containers) {
            assertEquals(InstanceState.RUNNING, container.state());
            PhaseRecord waited = container.phases().get(0);
            assertEquals(PhaseKind.NODE_VM, waited.kind());
            assertEquals(0, waited.startNanos());
            assertEquals(1300 * MS, waited.endNanos());
            assertEquals(PhaseKind.RUNTIME, container.phases().get(1).kind());
            assertEquals(1350 * MS, container.readyAt());
            Host guestHost = container.host().orElseThrow();
            assertEquals(world.host(0), guestHost.parent().orElseThrow(), "a node VM's host nests in the physical");
        }
        assertEquals("node-1", containers.get(0).host().orElseThrow().name());
        assertEquals("node-1", containers.get(1).host().orElseThrow().name());
        assertEquals("node-2", containers.get(2).host().orElseThrow().name());
        assertEquals(3 * 10 * DataSize.MIB, world.host(0).nestedResidentBytes(MemoryComponent.SHIM),
                "the containers' pages live in guest RAM, so on the physical host");
        assertTrue(world.host(0).ledgerBalances());
        assertTrue(containers.get(0).host().orElseThrow().ledgerBalances());
    }

    @Test
    void aNodeVmTheHostRefusesRefusesItsContainersWithTheNodesReason() {
        World world = new World(World.host("h", 16, DataSize.ofGiB(2)));
        ContainersInVmStack stack = nodes(DataSize.ofGiB(4));
        Instance first = world.launch(0, stack);
        Instance second = world.launch(1, stack);

        for (Instance container : List.of(first, second)) {
            assertEquals(InstanceState.REFUSED, container.state());
            Refusal refusal = container.refusal().orElseThrow();
            assertEquals(Refusal.Reason.NOT_ENOUGH_MEMORY, refusal.reason());
            assertEquals("its node VM node-1 could not run: not enough memory: needs 4 GiB, 2 GiB free",
                    refusal.message());
        }
    }

    @Test
    void containersWaitingForANodeThatFailsAreRefused() {
        World world = new World(World.host("h", 16, DataSize.ofGiB(16)));
        ContainersInVmStack stack = nodes(DataSize.ofGiB(4));
        Instance waiting = world.launch(0, stack);
        world.sim.runUntil(200 * MS);
        world.infra.failHost(0);
        world.sim.run();

        assertEquals(InstanceState.REFUSED, waiting.state());
        assertEquals(Refusal.Reason.HOST_DOWN, waiting.refusal().orElseThrow().reason());
        assertEquals("its node VM node-1 could not run: host h failed", waiting.refusal().orElseThrow().message());
    }

    @Test
    void aPhysicalHostFailureFailsItsNodeVmsAndTheContainersInThem() {
        World world = new World(World.host("h", 16, DataSize.ofGiB(16)));
        ContainersInVmStack stack = nodes(DataSize.ofGiB(4));
        Instance container = world.launch(0, stack);
        world.sim.run();
        world.infra.failHost(0);
        world.sim.run();

        Instance node = world.infra.nodeVms().get(0);
        assertEquals(InstanceState.FAILED, node.state());
        assertEquals("host h failed", node.failure().orElseThrow());
        assertEquals(InstanceState.FAILED, container.state());
        assertEquals("host node-1 failed", container.failure().orElseThrow());
        assertEquals(0, world.host(0).ledger().residentBytes());
        assertTrue(world.host(0).ledgerBalances());
    }

    @Test
    void aNodeTooSmallForItsOwnOsAndEngineIsRejectedWhenPlanned() {
        ContainersInVmStack tiny = nodes(DataSize.ofMiB(64));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StartupPlanner.nodeCapacity(tiny));
        assertTrue(e.getMessage().contains("leaves no room for containers"), e.getMessage());
    }
}
