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
