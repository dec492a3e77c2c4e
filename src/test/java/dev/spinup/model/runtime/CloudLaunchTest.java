package dev.spinup.model.runtime;

import static dev.spinup.model.runtime.World.phaseOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.ResourceKind;
import dev.spinup.model.profiles.Clouds;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.stack.CloudProfile;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.Hydration;
import dev.spinup.model.stack.RootVolume;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.startup.ApiRateLimit;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.PhaseInterval;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.model.startup.PhaseSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new VM in a cloud: the API call through the account's rate limit, provisioning, the guest's boot from a root
 * volume of its own (hydrated from its snapshot only when cold), cloud-init, then the app.
 */
class CloudLaunchTest {

    private static CloudVmStack ec2(CloudProfile cloud, RootVolume volume) {
        return new CloudVmStack("test cloud VMs", cloud, GuestSystems.UBUNTU_CLOUD,
                new VmShape(2, DataSize.ofGiB(2)), volume);
    }

    @Test
    void theLaunchRunsItsPhasesInOrderAndTheyAddUpToTheStartUp() {
        World world = new World(World.host("h", 16, DataSize.ofGiB(16)));
        Instance vm = world.launch(0, ec2(Clouds.EC2_2021, RootVolume.LAZY_FROM_SNAPSHOT));
        world.sim.run();

        List<PhaseKind> kinds = vm.phases().stream().map(PhaseRecord::kind).toList();
        assertEquals(List.of(PhaseKind.API_CALL, PhaseKind.PROVISIONING, PhaseKind.BOOTLOADER, PhaseKind.KERNEL,
                PhaseKind.INITRD, PhaseKind.INIT, PhaseKind.CLOUD_INIT, PhaseKind.APP), kinds);
        long at = vm.requestedAt();
        long sum = 0;
        for (PhaseRecord phase : vm.phases()) {
            assertEquals(at, phase.startNanos(), phase.kind() + " starts where the phase before it ended");
            at = phase.endNanos();
            sum += phase.durationNanos();
        }
        assertEquals(vm.readyAt(), at);
        assertEquals(vm.startupNanos(), sum);
        // Alone, the launch is the cited breakdown: ~1.5 s API call, ~4.9 s pending → running, then the boot.
        assertTrue(phaseOf(vm, PhaseKind.API_CALL).durationNanos() > 0.5 * SimTime.SECOND);
        assertTrue(phaseOf(vm, PhaseKind.PROVISIONING).durationNanos() > 2 * SimTime.SECOND);
    }

    @Test
    void aColdRootVolumeHydratesOnFirstBootAndAWarmOneDoesNot() {
        CloudProfile cloud = Clouds.EC2_2025;
        StartupPlan cold = StartupPlanner.plan(ec2(cloud, RootVolume.LAZY_FROM_SNAPSHOT), World.INSTANT_APP);
        StartupPlan warm = StartupPlanner.plan(ec2(cloud, RootVolume.INITIALIZED), World.INSTANT_APP);
        assertEquals(0, hydrations(warm).size(), "an initialised volume reads at disk speed");
        List<Demand.Hydrate> fetched = hydrations(cold);
        assertEquals(4, fetched.size(), "one wait per boot phase that reads the volume");
        // 515 MB of boot files and 24 200 random reads (48 400 through virtio) at 200 MB/s + 5 µs each
        long expected = Math.round(515e6 / 200e6 * 1e9) + 48_400L * 5_000;
        assertEquals(expected, fetched.stream().mapToLong(h -> h.fetch().toNanos()).sum());
        fetched.forEach(h -> assertEquals(Source.ESTIMATE_EBS_HYDRATION_RATE, h.source()));

        World coldWorld = new World(World.host("h", 16, DataSize.ofGiB(16)));
        World warmWorld = new World(World.host("h", 16, DataSize.ofGiB(16)));
        Instance coldVm = coldWorld.launch(0, ec2(cloud, RootVolume.LAZY_FROM_SNAPSHOT));
        Instance warmVm = warmWorld.launch(0, ec2(cloud, RootVolume.INITIALIZED));
        coldWorld.sim.run();
        warmWorld.sim.run();
        // The same random draws (common random numbers): only the boot phases differ, by the hydration exactly.
        for (PhaseKind kind : List.of(PhaseKind.API_CALL, PhaseKind.PROVISIONING, PhaseKind.CLOUD_INIT)) {
            assertEquals(phaseOf(warmVm, kind).durationNanos(), phaseOf(coldVm, kind).durationNanos(), kind.name());
        }
        assertEquals(expected, coldVm.startupNanos() - warmVm.startupNanos());
        PhaseRecord init = phaseOf(coldVm, PhaseKind.INIT);
        assertTrue(init.intervals().stream().anyMatch(i -> i instanceof PhaseInterval.Delay d
                && d.source() == Source.ESTIMATE_EBS_HYDRATION_RATE), "the hydration wait names its source");
    }

    @Test
    void everyBootReadsItsOwnVolumeNotAPageCacheSharedWithOtherVms() {
        StartupPlan plan = StartupPlanner.plan(ec2(Clouds.EC2_2025, RootVolume.INITIALIZED), World.INSTANT_APP);
        assertTrue(plan.phases().stream().flatMap(p -> p.demands().stream())
                .noneMatch(Demand.DiskImageRead.class::isInstance));
        World world = new World(World.host("h", 16, DataSize.ofGiB(16)));
        CloudVmStack stack = ec2(Clouds.EC2_2025, RootVolume.INITIALIZED);
        Instance first = world.launch(0, stack);
        world.sim.run();
        Instance second = world.launch(1, stack);
        world.sim.run();
        // the root filesystem's 400 MB at 1 GB/s: 0.4 s of disk, for the second boot as for the first
        for (Instance vm : List.of(first, second)) {
            long disk = phaseOf(vm, PhaseKind.INIT).intervals().stream()
                    .filter(i -> i instanceof PhaseInterval.Working w && w.resource() == ResourceKind.DISK)
                    .mapToLong(PhaseInterval::durationNanos).sum();
            assertTrue(disk >= 400 * SimTime.MILLISECOND, vm + " read its root filesystem: " + disk);
        }
    }

    @Test
    void launchesBeyondTheBurstWaitForTheAccountsRateLimitAcrossHosts() {
        // a burst of 2, then one launch a second; the API call itself takes no time here
        CloudProfile cloud = Clouds.EC2_2025
                .withApiLimit(Cited.of(new ApiRateLimit("test RunInstances", 1, 2), World.SOURCE))
                .withApiCall(PhaseSpec.of(PhaseKind.API_CALL, World.SOURCE))
                .withHydration(Cited.of(new Hydration(DataRate.ofMegabytesPerSecond(100), Duration.ZERO),
                        World.SOURCE));
        CloudVmStack stack = ec2(cloud, RootVolume.INITIALIZED);
        World world = new World(PlacementPolicy.ROUND_ROBIN, World.host("a", 16, DataSize.ofGiB(16)),
                World.host("b", 16, DataSize.ofGiB(16)));
        int n = 5;
        for (int i = 0; i < n; i++) {
            world.launch(i, stack);
        }
        world.sim.run();
        for (int k = 0; k < n; k++) {
            Instance vm = world.infra.instances().get(k);
            PhaseRecord api = phaseOf(vm, PhaseKind.API_CALL);
            long expected = Math.max(0, k - 1) * SimTime.SECOND;
            assertEquals(expected, api.durationNanos(), 1_000, "launch " + k + " waits for its token");
            if (k >= 2) {
                assertTrue(api.intervals().stream().anyMatch(i -> i instanceof PhaseInterval.Queued q
                        && q.point() == ControlPoint.CLOUD_API), "launch " + k + " queued at the API");
            }
        }
    }

    private static List<Demand.Hydrate> hydrations(StartupPlan plan) {
        return plan.phases().stream().flatMap(p -> p.demands().stream())
                .filter(Demand.Hydrate.class::isInstance).map(Demand.Hydrate.class::cast).toList();
    }
}
