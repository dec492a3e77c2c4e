package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node VMs of a containers-in-VMs stack draw their VMM overhead and guest OS memory like plain VMs (issue 13
 * §8): node k from substream k of the same streams as VM k, its VMM counted in its reservation, its guest OS taken
 * from the room its containers get.
 */
class NodeVmSizesVaryTest {

    private static final int NODES = 10;

    @TempDir
    Path folder;

    private static String scenario(String vmm, String guest) {
        String vm = """
                "hypervisor": "firecracker", "guestOs": "minimal-linux", "vcpus": 2, "memory": "2 GiB",
                "overrides": {"vmmOverhead": %s, "guestOsMemory": %s}""".formatted(vmm, guest);
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Nodes vary"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "256 GiB", "vcpuOvercommit": 16}]},
                  "stacks": [{"id": "vms", "kind": "vm", %1$s},
                             {"id": "nodes", "kind": "containers-in-vms", "runtime": "containerd-crun",
                              "containersPerNode": 1, "node": {%1$s}}],
                  "workload": {"app": "hello", "instances": %2$d}
                }
                """.formatted(vm, NODES);
    }

    private static long part(InstanceResult i, MemoryComponent c) {
        return i.memory().getOrDefault(c, 0L);
    }

    @Test
    void nodeKDrawsWhatVmKDrawsAndKeepsItsContainersTheRest() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "n.json", scenario(
                "{\"uniform\": {\"min\": \"2 MiB\", \"max\": \"12 MiB\"}}",
                "{\"uniform\": {\"min\": \"100 MiB\", \"max\": \"300 MiB\"}}"));
        RunResult result = new Runner().run(file.scenario());
        List<InstanceResult> vms = result.arms().get(0).instances();
        List<InstanceResult> nodes = result.arms().get(1).nodeVms();
        assertEquals(NODES, nodes.size());
        RunResult fixed = new Runner().run(ScenarioFiles.read(folder, "f.json",
                scenario("\"7 MiB\"", "\"200 MiB\"")).scenario());
        InstanceResult plainNode = fixed.arms().get(1).nodeVms().get(0);
        for (int k = 0; k < NODES; k++) {
            InstanceResult node = nodes.get(k);
            long vmm = part(node, MemoryComponent.VMM_OVERHEAD);
            long guest = part(node, MemoryComponent.GUEST_KERNEL_AND_OS);
            assertEquals(part(vms.get(k), MemoryComponent.VMM_OVERHEAD), vmm, "node " + k + "'s VMM is VM " + k + "'s");
            assertEquals(part(vms.get(k), MemoryComponent.GUEST_KERNEL_AND_OS), guest, "and so is its guest OS");
            assertEquals(plainNode.reservedOverTime().last() + vmm - DataSize.ofMiB(7).bytes(),
                    node.reservedOverTime().last(), 1.0, "node " + k + " reserves its RAM and its own VMM");
        }
        assertTrue(nodes.stream().map(n -> part(n, MemoryComponent.GUEST_KERNEL_AND_OS)).distinct().count() == NODES,
                "each node its own guest OS");
    }

    /**
     * A node whose guest OS drew more leaves its containers less room: 1 GiB nodes of ten 60 MiB apps each, guest
     * OS from 100 to 500 MiB, so the larger the draw, the fewer of its ten fit.
     */
    @Test
    void aLargerGuestOsLeavesFewerContainersRoomInItsNode() throws Exception {
        String text = """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Node room varies"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "256 GiB", "vcpuOvercommit": 16}]},
                  "stacks": [{"id": "nodes", "kind": "containers-in-vms", "runtime": "containerd-crun",
                              "containersPerNode": 10,
                              "node": {"hypervisor": "firecracker", "guestOs": "minimal-linux", "vcpus": 4,
                                       "memory": "1 GiB", "overrides": {"guestOsMemory":
                                       {"uniform": {"min": "100 MiB", "max": "500 MiB"}}}}}],
                  "workload": {"app": "hello", "instances": 120, "appOverrides": {"memory": "60 MiB"}}
                }
                """;
        ArmResult arm = new Runner().run(ScenarioFiles.read(folder, "room.json", text).scenario()).arms().get(0);
        java.util.Map<String, Long> ready = new java.util.HashMap<>();
        for (InstanceResult c : arm.instances()) {
            if (c.state() == dev.spinup.model.runtime.InstanceState.RUNNING) {
                ready.merge(c.host(), 1L, Long::sum);
            }
        }
        List<InstanceResult> byGuest = arm.nodeVms().stream().sorted(java.util.Comparator.comparingLong(
                n -> part(n, MemoryComponent.GUEST_KERNEL_AND_OS))).toList();
        long previous = Long.MAX_VALUE;
        for (InstanceResult node : byGuest) {
            long fitted = ready.getOrDefault(node.id().toString(), 0L);
            assertTrue(fitted <= previous, node.id() + " drew a larger guest OS yet fits more: " + ready);
            previous = fitted;
        }
        long most = ready.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long least = arm.nodeVms().stream().mapToLong(n -> ready.getOrDefault(n.id().toString(), 0L)).min()
                .orElse(0);
        assertTrue(most > least + 2, "nodes fit from " + least + " to " + most + " containers: " + ready);
    }

    @Test
    void fixedSizesLeaveEveryNodeAlike() throws Exception {
        RunResult fixed = new Runner().run(ScenarioFiles.read(folder, "f.json",
                scenario("\"7 MiB\"", "\"200 MiB\"")).scenario());
        RunResult constant = new Runner().run(ScenarioFiles.read(folder, "c.json",
                scenario("{\"constant\": \"7 MiB\"}", "{\"constant\": \"200 MiB\"}")).scenario());
        List<InstanceResult> a = fixed.arms().get(1).nodeVms();
        List<InstanceResult> b = constant.arms().get(1).nodeVms();
        for (int k = 0; k < NODES; k++) {
            assertEquals(a.get(k).memory(), b.get(k).memory());
            assertEquals(DataSize.ofMiB(7).bytes(), part(a.get(k), MemoryComponent.VMM_OVERHEAD));
            assertEquals(DataSize.ofMiB(200).bytes(), part(a.get(k), MemoryComponent.GUEST_KERNEL_AND_OS));
        }
        assertEquals(fixed.arms().get(1).summary().startup().p99(), constant.arms().get(1).summary().startup().p99());
    }

    @Test
    void aNegativeMedianInANodesOverridesIsOneErrorWithItsPath() throws Exception {
        String text = scenario("\"7 MiB\"", "\"200 MiB\"");
        int at = text.indexOf("\"node\"");
        text = text.substring(0, at) + text.substring(at).replaceFirst("\"guestOsMemory\": \"200 MiB\"",
                "\"guestOsMemory\": {\"lognormal\": {\"median\": \"-1 MiB\", \"p99\": \"2 MiB\"}}");
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("bad\\.json:\\d+:.*")
                && problems.get(0).contains("$.stacks[1].node.overrides.guestOsMemory.lognormal.median"),
                problems::toString);
    }
}
