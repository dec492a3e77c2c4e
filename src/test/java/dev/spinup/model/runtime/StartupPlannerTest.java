package dev.spinup.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the planner makes of a stack and an app: the phases in order, the overheads, the memory each touches. */
class StartupPlannerTest {

    private static final DataSize RAM = DataSize.ofGiB(2);
    private static final VmStack KVM = new VmStack("KVM", Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD,
            new VmShape(2, RAM), Optional.empty());

    private static List<PhaseKind> kinds(List<PhaseSpec> phases) {
        return phases.stream().map(PhaseSpec::kind).toList();
    }

    private static <D extends Demand> List<D> demands(PhaseSpec phase, Class<D> type) {
        return phase.demands().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<Demand.MemoryTouch> touches(List<PhaseSpec> phases) {
        List<Demand.MemoryTouch> all = new ArrayList<>();
        phases.forEach(p -> all.addAll(demands(p, Demand.MemoryTouch.class)));
        return all;
    }

    @Test
    void aVmStartsWithTheHypervisorsPhasesThenTheGuestsThenTheApp() {
        StartupPlan plan = StartupPlanner.plan(KVM, Apps.NGINX);
        assertEquals(List.of(PhaseKind.VMM_START, PhaseKind.FIRMWARE, PhaseKind.BOOTLOADER, PhaseKind.KERNEL,
                PhaseKind.INITRD, PhaseKind.INIT, PhaseKind.APP), kinds(plan.phases()));
        assertEquals(2, plan.vcpus());
        assertEquals(RAM.plus(Hypervisors.KVM_QEMU.vmmOverhead().value()), plan.reservation(),
                "guest RAM plus the VMM's own memory is what admission must find free");
        assertEquals(List.of(PhaseKind.SHUTDOWN), kinds(plan.shutdown()));
    }

    @Test
    void workInsideTheGuestRunsSlowerByTheHypervisorsOverheadWorkOutsideItDoesNot() {
        StartupPlan plan = StartupPlanner.plan(KVM, Apps.POSTGRES);
        double cpu = Hypervisors.KVM_QEMU.overhead().cpu().value();
        double io = Hypervisors.KVM_QEMU.overhead().randomIo().value();
        int hypervisorPhases = Hypervisors.KVM_QEMU.startPhases().size();
        for (int i = 0; i < hypervisorPhases; i++) {
            assertEquals(Hypervisors.KVM_QEMU.startPhases().get(i).demands().get(0), plan.phases().get(i).demands()
                    .get(0), "the VMM and firmware run on the host, unscaled");
        }
        List<PhaseSpec> guest = GuestSystems.UBUNTU_CLOUD.bootPhases();
        for (int i = 0; i < guest.size(); i++) {
            PhaseSpec catalogue = guest.get(i);
            PhaseSpec planned = plan.phases().get(hypervisorPhases + i);
            List<Demand.CpuWork> before = demands(catalogue, Demand.CpuWork.class);
            List<Demand.CpuWork> after = demands(planned, Demand.CpuWork.class);
            for (int k = 0; k < before.size(); k++) {
                assertEquals(Math.round(before.get(k).coreTime().toNanos() * cpu), after.get(k).coreTime().toNanos());
            }
            List<Demand.DiskRead> readsBefore = demands(catalogue, Demand.DiskRead.class);
            List<Demand.DiskRead> readsAfter = demands(planned, Demand.DiskRead.class);
            for (int k = 0; k < readsBefore.size(); k++) {
                assertEquals(readsBefore.get(k).bytes(), readsAfter.get(k).bytes(), "sequential bytes cost the same");
                assertEquals(Math.round(readsBefore.get(k).operations() * io), readsAfter.get(k).operations(),
                        "random reads cost the emulated block device's factor");
            }
        }
        PhaseSpec app = plan.phases().get(plan.phases().size() - 1);
        assertEquals(Math.round(300e6 * cpu), demands(app, Demand.CpuWork.class).get(0).coreTime().toNanos());
        assertEquals(Math.round(2000 * io), demands(app, Demand.DiskRead.class).get(0).operations());
    }

    @Test
    void theGuestKernelPaysItsStructPageTaxAsItStarts() {
        StartupPlan plan = StartupPlanner.plan(KVM, Apps.HELLO);
        PhaseSpec kernel = plan.phases().get(kinds(plan.phases()).indexOf(PhaseKind.KERNEL));
        Demand.MemoryTouch tax = (Demand.MemoryTouch) kernel.demands().get(0);
        assertEquals(MemoryComponent.STRUCT_PAGE_TAX, tax.component());
        // 16 MB plus 1.56 % of 2 GiB: 16 000 000 + 33 500 745 bytes.
        assertEquals(16_000_000L + Math.round(0.0156 * 2 * DataSize.GIB), tax.bytes().bytes());
        assertEquals(49_500_745L, tax.bytes().bytes());
    }

    @Test
    void eachMemoryPartIsTouchedOnceInTheRightPhase() {
        StartupPlan plan = StartupPlanner.plan(KVM, Apps.NGINX);
        List<Demand.MemoryTouch> touches = touches(plan.phases());
        assertEquals(List.of(MemoryComponent.VMM_OVERHEAD, MemoryComponent.STRUCT_PAGE_TAX,
                MemoryComponent.GUEST_KERNEL_AND_OS, MemoryComponent.APP),
                touches.stream().map(Demand.MemoryTouch::component).toList());
        assertEquals(MemoryComponent.VMM_OVERHEAD,
                demands(plan.phases().get(0), Demand.MemoryTouch.class).get(0).component(), "at VMM start");
        PhaseSpec init = plan.phases().get(kinds(plan.phases()).indexOf(PhaseKind.INIT));
        assertEquals(new Demand.MemoryTouch(MemoryComponent.GUEST_KERNEL_AND_OS,
                GuestSystems.UBUNTU_CLOUD.idleResident().value()), init.demands().get(init.demands().size() - 1),
                "the OS is resident once its last boot phase is done");
        long touched = touches.stream().mapToLong(t -> t.bytes().bytes()).sum();
        assertTrue(touched <= plan.reservation().bytes(), "a VM never touches more than it reserved");
    }

    @Test
    void aHypervisorWithoutAVmmProcessPaysItsOverheadInItsFirstPhase() {
        VmStack xen = new VmStack("Xen", Hypervisors.XEN, GuestSystems.MINIMAL_LINUX,
                new VmShape(1, DataSize.ofMiB(256)), Optional.empty());
        StartupPlan plan = StartupPlanner.plan(xen, Apps.HELLO);
        assertEquals(PhaseKind.TOOLSTACK, plan.phases().get(0).kind());
        assertEquals(new Demand.MemoryTouch(MemoryComponent.VMM_OVERHEAD, Hypervisors.XEN.vmmOverhead().value()),
                plan.phases().get(0).demands().get(plan.phases().get(0).demands().size() - 1));
    }

    @Test
    void aContainerStartsWithTheEnginesPhasesThenTheApp() {
        ContainerStack gvisor = new ContainerStack("gVisor", ContainerRuntimes.DOCKER_GVISOR);
        StartupPlan plan = StartupPlanner.plan(gvisor, Apps.POSTGRES);
        assertEquals(List.of(PhaseKind.ENGINE_API, PhaseKind.IMAGE_PULL, PhaseKind.ROOTFS, PhaseKind.NETWORK,
                PhaseKind.ISOLATION, PhaseKind.SANDBOX, PhaseKind.RUNTIME, PhaseKind.APP), kinds(plan.phases()));
        assertEquals(0, plan.vcpus(), "containers allocate no vCPUs");
        assertEquals(Apps.POSTGRES.resident().value().plus(ContainerRuntimes.DOCKER_GVISOR.shim().value())
                .plus(ContainerRuntimes.DOCKER_GVISOR.sandbox().value()), plan.reservation());
        assertEquals(List.of(MemoryComponent.SANDBOX_KERNEL, MemoryComponent.SHIM, MemoryComponent.APP),
                touches(plan.phases()).stream().map(Demand.MemoryTouch::component).toList());
        // gVisor: raw CPU as native, small random reads 11 times slower.
        PhaseSpec app = plan.phases().get(plan.phases().size() - 1);
        assertEquals(Duration.ofMillis(300), demands(app, Demand.CpuWork.class).get(0).coreTime());
        assertEquals(2000 * 11, demands(app, Demand.DiskRead.class).get(0).operations());
        PhaseSpec engine = plan.phases().get(0);
        assertEquals(ContainerRuntimes.DOCKER_GVISOR.startPhases().get(0), engine,
                "engine-side phases run on the host kernel, unscaled");
    }

    @Test
    void aGuestRamTooSmallForTheOsAndAppIsRejected() {
        VmStack tiny = new VmStack("tiny", Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD,
                new VmShape(1, DataSize.ofMiB(256)), Optional.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StartupPlanner.plan(tiny, Apps.POSTGRES));
        assertTrue(e.getMessage().contains("too small"), e.getMessage());
    }

    @Test
    void theCpuFactorOfAJobIsTheStacksOwn() {
        HypervisorProfile fc = Hypervisors.FIRECRACKER;
        VmStack micro = new VmStack("fc", fc, GuestSystems.MINIMAL_LINUX, new VmShape(1, DataSize.ofMiB(128)),
                Optional.empty());
        assertEquals(fc.overhead().cpu().value(), StartupPlanner.cpuFactor(micro));
        assertEquals(1.0, StartupPlanner.cpuFactor(new ContainerStack("runc", ContainerRuntimes.DOCKER_RUNC)));
    }
    /**
     * One instance's own app usage: a container's reservation follows its request or, above it, its use, and its use
     * the draw; a VM keeps reserving its RAM and its app never holds more than the guest RAM leaves it.
     */
    @Test
    void anInstanceThatDrawsItsAppsUsageCarriesTheDifference() {
        var app = Apps.NGINX.withMemoryRequest(dev.spinup.model.catalogue.Cited.of(DataSize.ofMiB(500),
                dev.spinup.model.catalogue.Source.LESSON_SETTING));
        ContainerStack runc = new ContainerStack("runc", ContainerRuntimes.DOCKER_RUNC);
        StartupPlan plan = StartupPlanner.plan(runc, app);
        StartupPlan small = StartupPlanner.forInstance(plan, runc, app, DataSize.ofMiB(100));
        StartupPlan large = StartupPlanner.forInstance(plan, runc, app, DataSize.ofMiB(800));
        assertEquals(plan.reservation(), small.reservation(), "below its request, the request is reserved");
        assertEquals(plan.inUse().bytes() + DataSize.ofMiB(92).bytes(), small.inUse().bytes());
        assertEquals(plan.reservation().bytes() + DataSize.ofMiB(300).bytes(), large.reservation().bytes(),
                "above its request, what it uses");
        assertTrue(plan.phases() == small.phases(), "the stack's phases, so per-plan caches still find it");

        VmStack vm = new VmStack("vm", Hypervisors.FIRECRACKER, GuestSystems.MINIMAL_LINUX,
                new VmShape(1, DataSize.ofMiB(256)), Optional.empty());
        StartupPlan vmPlan = StartupPlanner.plan(vm, Apps.NGINX);
        StartupPlan huge = StartupPlanner.forInstance(vmPlan, vm, Apps.NGINX, DataSize.ofGiB(4));
        assertEquals(vmPlan.reservation(), huge.reservation(), "a VM reserves its RAM whatever its app uses");
        DataSize room = DataSize.ofMiB(256).minus(GuestSystems.MINIMAL_LINUX.structPageTax(DataSize.ofMiB(256)))
                .minus(GuestSystems.MINIMAL_LINUX.idleResident().value());
        assertEquals(room.bytes() - Apps.NGINX.resident().value().bytes(), huge.appDelta(), "capped by the guest");
    }
}
