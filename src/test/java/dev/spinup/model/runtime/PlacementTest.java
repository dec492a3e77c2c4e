package dev.spinup.model.runtime;

import static dev.spinup.model.runtime.World.guest;
import static dev.spinup.model.runtime.World.hypervisor;
import static dev.spinup.model.runtime.World.latency;
import static dev.spinup.model.runtime.World.phase;
import static dev.spinup.model.runtime.World.vms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.PhaseKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where instances land without an orchestrator: first fit fills hosts in order, round robin deals them out. */
class PlacementTest {

    /** 1 GiB VMs with no VMM overhead on hosts with room for exactly two. */
    private static final VmStack ONE_GIB = vms(hypervisor(DataSize.ZERO, DataSize.ZERO, World.NATIVE,
            phase(PhaseKind.VMM_START, latency(5))), guest("g", DataSize.ofMiB(50), phase(PhaseKind.KERNEL,
            latency(5))), 1, DataSize.ofGiB(1));

    private static HostSpec roomForTwo(String name) {
        return World.host(name, 8, DataSize.ofGiB(2));
    }

    private static List<String> hostsOf(World world) {
        return world.infra.instances().stream()
                .map(i -> i.state() == InstanceState.REFUSED ? "refused" : i.host().orElseThrow().name()).toList();
    }

    @Test
    void firstFitFillsEachHostBeforeTheNext() {
        World world = new World(PlacementPolicy.FIRST_FIT, roomForTwo("a"), roomForTwo("b"));
        for (int i = 0; i < 5; i++) {
            world.launch(i, ONE_GIB);
        }
        assertEquals(List.of("a", "a", "b", "b", "refused"), hostsOf(world));
        Instance refused = world.infra.instances().get(4);
        assertEquals(Refusal.Reason.NOT_ENOUGH_MEMORY, refused.refusal().orElseThrow().reason());
        assertEquals("b", refused.host().orElseThrow().name(), "refused by the last host it tried");
    }

    @Test
    void roundRobinDealsInstancesOutInTurnWhateverTheyFind() {
        World world = new World(PlacementPolicy.ROUND_ROBIN, roomForTwo("a"), roomForTwo("b"), roomForTwo("c"));
        for (int i = 0; i < 7; i++) {
            world.launch(i, ONE_GIB);
        }
        assertEquals(List.of("a", "b", "c", "a", "b", "c", "refused"), hostsOf(world));
        assertEquals("a", world.infra.instances().get(6).host().orElseThrow().name(),
                "instance 6 goes to host 6 mod 3 and is refused there, with no second try");
    }

    @Test
    void firstFitUsesRoomFreedOnAnEarlierHost() {
        World world = new World(PlacementPolicy.FIRST_FIT, roomForTwo("a"), roomForTwo("b"));
        for (int i = 0; i < 3; i++) {
            world.launch(i, ONE_GIB);
        }
        world.sim.run();
        world.infra.stop(world.infra.instances().get(0));
        world.sim.run();

        world.launch(3, ONE_GIB);
        assertEquals("a", world.infra.instances().get(3).host().orElseThrow().name(),
                "host a has room again and comes first");
    }

    @Test
    void firstFitSkipsAHostThatIsDownAndUsesItsRoomNoMore() {
        World world = new World(PlacementPolicy.FIRST_FIT, roomForTwo("a"), roomForTwo("b"));
        world.infra.failHost(0);
        world.launch(0, ONE_GIB);
        world.launch(1, ONE_GIB);
        world.launch(2, ONE_GIB);
        assertEquals(List.of("b", "b", "refused"), hostsOf(world));
        assertEquals(Refusal.Reason.NOT_ENOUGH_MEMORY,
                world.infra.instances().get(2).refusal().orElseThrow().reason());
    }

    /**
     * A scheduler in the manner of kube-scheduler, written here and not in main: filter the hosts that would admit
     * the instance, score them by free memory, bind to the best; nothing fits, and it is refused by the first host.
     */
    private static final class MostFreeMemory implements Placement {
        int placed;

        @Override
        public void place(PlacementRequest request) {
            Optional<Host> best = request.candidates().stream()
                    .filter(h -> request.check(h).isEmpty())
                    .max(Comparator.comparingLong(h -> h.ledger().capacityBytes() - h.ledger().reservedBytes()));
            if (best.isEmpty()) {
                Host first = request.candidates().get(0);
                request.refuse(first, request.check(first).orElseThrow());
                return;
            }
            assertEquals(Optional.empty(), request.tryBind(best.get()), "a host that passed the filter admits");
            placed++;
        }
    }

    @Test
    void aPlacementWrittenOutsideTheModelPlacesInstances() {
        MostFreeMemory scheduler = new MostFreeMemory();
        World world = new World(scheduler, World.host("small", 8, DataSize.ofGiB(2)),
                World.host("big", 8, DataSize.ofGiB(4)), roomForTwo("other"));
        for (int i = 0; i < 9; i++) {
            world.launch(i, ONE_GIB);
        }
        // Free GiB (small, big, other) before each: 2 4 2, 2 3 2, 2 2 2 (a tie goes to the first), 1 2 2, 1 1 2,
        // 1 1 1, 0 1 1, 0 0 1, then nothing fits.
        assertEquals(List.of("big", "big", "small", "big", "other", "small", "big", "other", "refused"),
                hostsOf(world));
        assertEquals(8, scheduler.placed);
        assertEquals(Refusal.Reason.NOT_ENOUGH_MEMORY,
                world.infra.instances().get(8).refusal().orElseThrow().reason());
        world.sim.run();
        assertEquals(8, world.infra.instances().stream().filter(i -> i.state() == InstanceState.RUNNING).count());
    }
}
