package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.scenario.Lessons;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cloud-launch lesson tells what its text says: a container in seconds, a VM on a laptop in about twenty, a new
 * cloud VM in about forty, most of it before its guest runs; a second container is faster, a second cloud VM not.
 */
class CloudLaunchLessonTest {

    @Test
    void aNewCloudVmWaitsForTheProviderAndHydratesEveryTime() throws Exception {
        RunResult result = new Runner().run(Lessons.load("cloud-launch").scenario());
        List<InstanceResult> container = result.arm("container").orElseThrow().instances();
        List<InstanceResult> laptop = result.arm("laptop").orElseThrow().instances();
        List<InstanceResult> cloud = result.arm("cloud").orElseThrow().instances();

        assertTrue(container.get(1).startupNanos() < container.get(0).startupNanos() / 2,
                "the second container finds its image on the host");
        assertTrue(container.get(0).startupNanos() < laptop.get(0).startupNanos());
        assertTrue(laptop.get(0).startupNanos() < cloud.get(0).startupNanos());

        for (InstanceResult vm : cloud) {
            long beforeGuest = phase(vm, PhaseKind.API_CALL) + phase(vm, PhaseKind.PROVISIONING);
            assertTrue(beforeGuest > vm.startupNanos() / 3, vm.id() + ": the control plane is a big part");
            assertEquals(PhaseKind.API_CALL, vm.phases().get(0).kind());
            assertEquals(PhaseKind.PROVISIONING, vm.phases().get(1).kind());
        }
        // a new VM gets a new volume: its boot reads (and hydrates) as much as the first's did
        double second = phaseAlone(cloud.get(1), PhaseKind.INIT);
        double first = phaseAlone(cloud.get(0), PhaseKind.INIT);
        assertTrue(Math.abs(second / first - 1) < 0.25, first + " vs " + second);
    }

    private static long phase(InstanceResult vm, PhaseKind kind) {
        return vm.phases().stream().filter(p -> p.kind() == kind).mapToLong(PhaseRecord::durationNanos).sum();
    }

    private static double phaseAlone(InstanceResult vm, PhaseKind kind) {
        return vm.phases().stream().filter(p -> p.kind() == kind).mapToLong(PhaseRecord::aloneNanos).sum();
    }
}
