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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.SimTime;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.MemoryLedger;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.GuestOsProfile;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.PageSharing;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.Contention;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Memory: what each phase leaves resident, admission by reservation, swapping, page sharing, and giving it back. */
class MemoryTest {

    private static final long MS = SimTime.MILLISECOND;
    private static final EventKind LAUNCH = EventKind.of("test: launch");

    /** Each instance's memory by component, captured as each of its phases ends. */
    private static Map<PhaseKind, Map<MemoryComponent, Long>> memoryAfterEachPhase(World world) {
        Map<PhaseKind, Map<MemoryComponent, Long>> seen = new LinkedHashMap<>();
        world.hooks.add(event -> {
            if (event instanceof ModelEvent.PhaseEnded ended) {
                Instance instance = world.infra.instances().get(0);
                Map<MemoryComponent, Long> parts = new EnumMap<>(MemoryComponent.class);
                for (MemoryComponent c : MemoryComponent.values()) {
                    if (!instance.memory(c).isZero()) {
                        parts.put(c, instance.memory(c).bytes());
                    }
                }
                seen.put(ended.record().kind(), parts);
            }
        });
        return seen;
    }

    @Test
    void aVmTouchesVmmMemoryThenItsKernelTaxThenItsOsThenTheApp() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(8)));
        Map<PhaseKind, Map<MemoryComponent, Long>> seen = memoryAfterEachPhase(world);
        DataSize vmm = DataSize.ofMB(131);
        GuestOsProfile taxed = new GuestOsProfile("taxed", "taxed guest",
                List.of(phase(PhaseKind.KERNEL, cpu(10)), phase(PhaseKind.INIT, cpu(10))),
                Cited.of(DataSize.ofMiB(250), World.SOURCE), Cited.of(0.0156, World.SOURCE),
                Cited.of(DataSize.ofMB(16), World.SOURCE));
        VmStack stack = vms(hypervisor(vmm, DataSize.ZERO, World.NATIVE, phase(PhaseKind.VMM_START, cpu(5))),
                taxed, 1, DataSize.ofGiB(1));
        world.launch(0, stack, World.app(40, phase(PhaseKind.APP, cpu(1))));
        world.sim.run();

        long tax = Math.round(DataSize.GIB * 0.0156) + 16 * DataSize.MB;
        long os = 250 * DataSize.MIB;
        long app = 40 * DataSize.MIB;
        assertEquals(Map.of(MemoryComponent.VMM_OVERHEAD, vmm.bytes()), seen.get(PhaseKind.VMM_START));
        assertEquals(Map.of(MemoryComponent.VMM_OVERHEAD, vmm.bytes(), MemoryComponent.STRUCT_PAGE_TAX, tax),
                seen.get(PhaseKind.KERNEL));
        assertEquals(Map.of(MemoryComponent.VMM_OVERHEAD, vmm.bytes(), MemoryComponent.STRUCT_PAGE_TAX, tax,
                MemoryComponent.GUEST_KERNEL_AND_OS, os), seen.get(PhaseKind.INIT));
        assertEquals(Map.of(MemoryComponent.VMM_OVERHEAD, vmm.bytes(), MemoryComponent.STRUCT_PAGE_TAX, tax,
                MemoryComponent.GUEST_KERNEL_AND_OS, os, MemoryComponent.APP, app), seen.get(PhaseKind.APP));
        assertEquals(vmm.bytes() + tax + os + app, world.host(0).ledger().residentBytes());
        assertTrue(world.host(0).ledgerBalances());
    }

    @Test
    void aSandboxedContainerTouchesItsSandboxKernelThenItsShimThenItsApp() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(8)));
        world.host(0).layerCache().preload(World.NO_IMAGE);
        Map<PhaseKind, Map<MemoryComponent, Long>> seen = memoryAfterEachPhase(world);
        ContainerStack gvisor = new ContainerStack("gVisor", ContainerRuntimes.DOCKER_GVISOR);
        world.launch(0, gvisor, World.app(8, phase(PhaseKind.APP, cpu(1))));
        world.sim.run();

        long sandbox = ContainerRuntimes.DOCKER_GVISOR.sandbox().value().bytes();
        long shim = ContainerRuntimes.DOCKER_GVISOR.shim().value().bytes();
        assertEquals(Map.of(), seen.get(PhaseKind.NETWORK), "nothing is resident before the sandbox starts");
        assertEquals(Map.of(MemoryComponent.SANDBOX_KERNEL, sandbox), seen.get(PhaseKind.SANDBOX));
        assertEquals(Map.of(MemoryComponent.SANDBOX_KERNEL, sandbox, MemoryComponent.SHIM, shim),
                seen.get(PhaseKind.RUNTIME));
        assertEquals(Map.of(MemoryComponent.SANDBOX_KERNEL, sandbox, MemoryComponent.SHIM, shim,
                MemoryComponent.APP, 8 * DataSize.MIB), seen.get(PhaseKind.APP));
        long daemon = ContainerRuntimes.DOCKER_GVISOR.daemon().value().bytes();
        assertEquals(daemon, world.host(0).ledger().residentBytes(MemoryComponent.ENGINE_DAEMON),
                "the engine daemon is resident once per host");
    }

    @Test
    void aHostRefusesWhatItCannotReserveAndSaysHowShortItIs() {
        World world = new World(World.host("h", 8, DataSize.ofMiB(792)));
        VmStack stack = vms(hypervisor(DataSize.ofMiB(100), DataSize.ZERO, World.NATIVE,
                phase(PhaseKind.VMM_START, cpu(1))), guest("g", DataSize.ofMiB(50), phase(PhaseKind.KERNEL, cpu(1))),
                1, DataSize.ofMiB(512));
        Instance first = world.launch(0, stack);
        Instance second = world.launch(1, stack);

        assertEquals(InstanceState.STARTING, first.state());
        assertEquals(InstanceState.REFUSED, second.state());
        Refusal refusal = second.refusal().orElseThrow();
        assertEquals(Refusal.Reason.NOT_ENOUGH_MEMORY, refusal.reason());
        assertEquals("not enough memory: needs 612 MiB, 180 MiB free", refusal.message());
        assertEquals(List.of(new ModelEvent.InstanceRefused(0, second.id(), "h", refusal)),
                world.events(ModelEvent.InstanceRefused.class));
        world.sim.run();
        assertEquals(InstanceState.RUNNING, first.state());
        assertEquals(-1, second.startupNanos());
    }

    @Test
    void aHostRefusesMoreVcpusThanItsCoresTimesTheOvercommitRatio() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(64), OvercommitPolicy.REFUSE, 1.0, 1.5));
        VmStack stack = vms(hypervisor(DataSize.ZERO, DataSize.ZERO, World.NATIVE,
                phase(PhaseKind.VMM_START, cpu(1))), guest("g", DataSize.ofMiB(50), phase(PhaseKind.KERNEL, cpu(1))),
                4, DataSize.ofGiB(1));
        world.launch(0, stack);
        Instance second = world.launch(1, stack);

        assertEquals(4, world.host(0).vcpusAllocated());
        Refusal refusal = second.refusal().orElseThrow();
        assertEquals(Refusal.Reason.NOT_ENOUGH_VCPUS, refusal.reason());
        assertEquals("not enough vCPUs: needs 4, 2 free of 6", refusal.message());
    }

    @Test
    void withSwapAHostAdmitsBeyondRamAndCpuWorkSlowsWithThePressure() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(1), OvercommitPolicy.SWAP, 2.0, 1.0));
        ContainerStack big = containers(phase(PhaseKind.RUNTIME, latency(1)));
        Instance hog = world.launch(0, big, World.app(1536, phase(PhaseKind.APP, latency(1))));
        world.sim.run();
        assertEquals(InstanceState.RUNNING, hog.state(), "1.5 GiB fits under 2 × 1 GiB of overcommit");
        MemoryLedger ledger = world.host(0).ledger();
        assertEquals(0.5, ledger.swapPressure(), 1e-12);

        ContainerStack worker = containers(phase(PhaseKind.RUNTIME, cpu(100)));
        Instance slowed = world.launch(1, worker);
        world.sim.run();
        PhaseRecord runtime = phaseOf(slowed, PhaseKind.RUNTIME);
        assertEquals(300 * MS, runtime.durationNanos(), "100 CPU-ms stretched by 1 + 4 × 0.5");
        assertEquals(100 * MS, runtime.aloneNanos(), "an idle host would not have been swapping");
        Contention swapping = runtime.worstContention().orElseThrow();
        assertEquals(Contention.Kind.SWAPPING, swapping.kind());
        assertEquals(200 * MS, swapping.extraNanos());
        assertEquals("lost 200 ms because the host was swapping", swapping.explain());
    }

    @Test
    void withoutSwapTheSameHostRefusesTheHog() {
        World world = new World(World.host("h", 4, DataSize.ofGiB(1)));
        Instance hog = world.launch(0, containers(phase(PhaseKind.RUNTIME, latency(1))),
                World.app(1536, phase(PhaseKind.APP, latency(1))));
        assertEquals("not enough memory: needs 1.5 GiB, 1 GiB free", hog.refusal().orElseThrow().message());
    }

    @Test
    void pageSharingMergesAfterTheScanDelayOneVmAtATime() {
        World world = new World(World.host("h", 8, DataSize.ofGiB(8)));
        // 200 MB idle, half of it shareable, scanned at 100 MB/s: each later VM merges 100 MB one second after boot.
        PageSharing ksm = new PageSharing(Cited.of(0.5, World.SOURCE),
                Cited.of(DataRate.ofMegabytesPerSecond(100), World.SOURCE));
        VmStack stack = vms(hypervisor(DataSize.ZERO, DataSize.ZERO, World.NATIVE, phase(PhaseKind.VMM_START,
                latency(10))), guest("same", DataSize.ofMB(200), phase(PhaseKind.KERNEL, latency(40))), 1,
                DataSize.ofGiB(1), ksm);
        Instance a = world.launch(0, stack);
        Instance b = world.launch(1, stack);
        Instance c = world.launch(2, stack);
        long ready = 50 * MS;
        MemoryLedger ledger = world.host(0).ledger();

        world.sim.runUntil(ready);
        assertEquals(ready, a.readyAt());
        long unmerged = ledger.residentBytes();
        assertEquals(3 * 200 * DataSize.MB, unmerged);
        world.sim.runUntil(ready + SimTime.SECOND - 1);
        assertTrue(b.memory(MemoryComponent.PAGE_SHARING_SAVINGS).isZero(), "savings lag the boot");
        world.sim.runUntil(ready + SimTime.SECOND);
        assertEquals(100 * DataSize.MB, b.memory(MemoryComponent.PAGE_SHARING_SAVINGS).bytes());
        assertTrue(c.memory(MemoryComponent.PAGE_SHARING_SAVINGS).isZero(), "ksmd merges one VM at a time");
        world.sim.runUntil(ready + 2 * SimTime.SECOND);
        assertEquals(100 * DataSize.MB, c.memory(MemoryComponent.PAGE_SHARING_SAVINGS).bytes());
        assertTrue(a.memory(MemoryComponent.PAGE_SHARING_SAVINGS).isZero(), "the first VM's pages are the ones kept");
        assertEquals(unmerged - 2 * 100 * DataSize.MB, ledger.residentBytes());
        assertEquals(100 * DataSize.MB, b.residentMemory().bytes());
        assertTrue(world.host(0).ledgerBalances());
    }

    @Test
    void stoppingEveryInstanceGivesBackAllTheirMemoryAndReservations() {
        World world = new World(World.host("h", 8, DataSize.ofGiB(8)));
        world.host(0).layerCache().preload(World.NO_IMAGE);
        ContainerStack docker = new ContainerStack("Docker", ContainerRuntimes.DOCKER_RUNC);
        List<Instance> all = List.of(world.launch(0, docker), world.launch(1, docker), world.launch(2, docker));
        world.sim.run();
        MemoryLedger ledger = world.host(0).ledger();
        long daemon = ContainerRuntimes.DOCKER_RUNC.daemon().value().bytes();
        assertEquals(daemon + 3 * ContainerRuntimes.DOCKER_RUNC.shim().value().bytes(), ledger.residentBytes());

        all.forEach(world.infra::stop);
        world.sim.run();
        for (Instance instance : all) {
            assertEquals(InstanceState.STOPPED, instance.state());
            assertTrue(instance.residentMemory().isZero());
            assertEquals(PhaseKind.SHUTDOWN, instance.phases().get(instance.phases().size() - 1).kind());
        }
        for (MemoryComponent c : MemoryComponent.values()) {
            if (c != MemoryComponent.ENGINE_DAEMON) {
                assertEquals(0, ledger.residentBytes(c), c.label());
            }
        }
        assertEquals(daemon, ledger.residentBytes(), "only the engine daemon stays, as it does on a real host");
        assertEquals(daemon, ledger.reservedBytes());
        assertEquals(3, world.events(ModelEvent.InstanceStopped.class).size());
        assertTrue(world.host(0).ledgerBalances());
        assertFalse(world.host(0).liveInstances() > 0);
    }
}
