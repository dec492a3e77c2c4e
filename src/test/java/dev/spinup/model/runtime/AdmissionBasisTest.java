package dev.spinup.model.runtime;

import static dev.spinup.model.runtime.World.containers;
import static dev.spinup.model.runtime.World.cpu;
import static dev.spinup.model.runtime.World.phase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.startup.PhaseKind;
import org.junit.jupiter.api.Test;

/** Admission by reservation (Kubernetes' requests) packs by what containers ask for; by use, by what they touch. */
class AdmissionBasisTest {

    private static final ContainerStack RUNC = containers(DataSize.ofMiB(4), DataSize.ZERO,
            phase(PhaseKind.RUNTIME, cpu(1)));
    /** A 500 MiB request for an app that keeps 200 MiB resident, as in the Kata-vs-runc cluster notes. */
    private static final AppProfile REQUESTS_MORE = World.app(200, phase(PhaseKind.APP, cpu(1)))
            .withMemoryRequest(Cited.of(DataSize.ofMiB(500), World.SOURCE));

    private static int admitted(AdmissionBasis basis, AppProfile app, int asked) {
        HostSpec host = World.host("h", 64, DataSize.ofGiB(16)).withAdmission(basis);
        World world = new World(host);
        for (int i = 0; i < asked; i++) {
            world.launch(i, RUNC, app);
        }
        world.sim.run();
        return (int) world.infra.instances().stream().filter(i -> i.state() != InstanceState.REFUSED).count();
    }

    @Test
    void byReservationAHostFitsWhatTheRequestsAddUpTo() {
        assertEquals(16 * 1024 / 504, admitted(AdmissionBasis.RESERVATION, REQUESTS_MORE, 200));
    }

    @Test
    void byUseTheSameHostFitsWhatTheResidentMemoryAddsUpTo() {
        int byUse = admitted(AdmissionBasis.USE, REQUESTS_MORE, 200);
        assertEquals(16 * 1024 / 204, byUse);
        assertTrue(byUse > 2 * admitted(AdmissionBasis.RESERVATION, REQUESTS_MORE, 200));
    }

    @Test
    void withoutARequestBothBasesAgree() {
        AppProfile plain = World.app(200, phase(PhaseKind.APP, cpu(1)));
        assertEquals(admitted(AdmissionBasis.RESERVATION, plain, 200), admitted(AdmissionBasis.USE, plain, 200));
    }

    /**
     * A 1 GiB VM whose VMM takes 16 MiB and whose guest and app touch 100 MiB: by reservation 1040 MiB each, by use
     * (KVM allocating guest RAM as it is touched) 116 MiB; vCPUs overcommitted freely so memory alone decides.
     */
    @Test
    void vmsReserveTheirWholeRamButUseOnlyWhatTheGuestTouches() {
        var vms = World.vms(World.hypervisor(DataSize.ofMiB(16), DataSize.ZERO, World.NATIVE,
                        phase(PhaseKind.VMM_START, cpu(1))),
                World.guest("g", DataSize.ofMiB(60), phase(PhaseKind.KERNEL, cpu(1))), 1, DataSize.ofGiB(1));
        AppProfile app = World.app(40, phase(PhaseKind.APP, cpu(1)));
        int[] fitted = new int[2];
        for (AdmissionBasis basis : AdmissionBasis.values()) {
            World world = new World(World.host("h", 8, DataSize.ofGiB(16), dev.spinup.model.host.OvercommitPolicy
                    .REFUSE, 1.0, 1000).withAdmission(basis));
            for (int i = 0; i < 200; i++) {
                world.launch(i, vms, app);
            }
            world.sim.run();
            fitted[basis.ordinal()] = (int) world.infra.instances().stream()
                    .filter(i -> i.state() != InstanceState.REFUSED).count();
            long resident = world.infra.hosts().get(0).ledger().residentBytes();
            assertTrue(resident <= world.infra.hosts().get(0).ledger().reservedBytes(), "every touch reserved");
        }
        assertEquals(16 * 1024 / 1040, fitted[AdmissionBasis.RESERVATION.ordinal()]);
        assertEquals(16 * 1024 / 116, fitted[AdmissionBasis.USE.ordinal()]);
    }

    @Test
    void whatIsResidentIsTheSameWhicheverWayTheHostAdmits() {
        HostSpec host = World.host("h", 4, DataSize.ofGiB(16));
        for (AdmissionBasis basis : AdmissionBasis.values()) {
            World world = new World(host.withAdmission(basis));
            world.launch(0, RUNC, REQUESTS_MORE);
            world.sim.run();
            assertEquals(DataSize.ofMiB(200).bytes(), world.infra.hosts().get(0).ledger()
                    .residentBytes(MemoryComponent.APP), basis.name());
            long reserved = world.infra.hosts().get(0).ledger().reservedBytes();
            assertEquals(DataSize.ofMiB(basis == AdmissionBasis.USE ? 204 : 504).bytes(), reserved, basis.name());
        }
    }
}
