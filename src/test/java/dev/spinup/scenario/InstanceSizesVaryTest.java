package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A container's shim and sandbox and a VM's VMM overhead and guest OS memory as distributions (issue 13 §8): each
 * instance draws its own from that size's stream, the same draw on every arm (common random numbers).
 */
class InstanceSizesVaryTest {

    @TempDir
    Path folder;

    private static String scenario(String shim, String vmm, String guest) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Sizes vary"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "257 GiB", "hostOsMemory": "1 GiB",
                                          "vcpuOvercommit": 16}]},
                  "stacks": [{"id": "a", "kind": "container", "runtime": "docker-runc", "admitBy": "use",
                              "overrides": {"shim": %1$s}},
                             {"id": "b", "kind": "container", "runtime": "containerd-crun", "admitBy": "use",
                              "overrides": {"shim": %1$s}},
                             {"id": "vm1", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "512 MiB", "admitBy": "use",
                              "overrides": {"vmmOverhead": %2$s, "guestOsMemory": %3$s}},
                             {"id": "vm2", "kind": "vm", "hypervisor": "cloud-hypervisor", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "512 MiB", "admitBy": "use",
                              "overrides": {"vmmOverhead": %2$s, "guestOsMemory": %3$s}}],
                  "workload": {"app": "hello", "instances": 60}
                }
                """.formatted(shim, vmm, guest);
    }

    private static final String SHIM = "{\"uniform\": {\"min\": \"2 MiB\", \"max\": \"6 MiB\"}}";
    private static final String VMM = "{\"lognormal\": {\"median\": \"5 MiB\", \"p99\": \"20 MiB\"}}";
    private static final String GUEST = "{\"normal\": {\"mean\": \"40 MiB\", \"sd\": \"5 MiB\"}}";

    private static long part(InstanceResult i, MemoryComponent c) {
        return i.memory().getOrDefault(c, 0L);
    }

    @Test
    void eachInstanceDrawsItsOwnSizesAndEveryArmDrawsTheSame() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "s.json", scenario(SHIM, VMM, GUEST));
        RunResult result = new Runner().run(file.scenario());
        List<ArmResult> arms = result.arms();
        Tally shim = new Tally();
        Tally vmm = new Tally();
        for (int k = 0; k < 60; k++) {
            InstanceResult a = arms.get(0).instances().get(k);
            InstanceResult vm = arms.get(2).instances().get(k);
            long s = part(a, MemoryComponent.SHIM);
            shim.add(s / (double) DataSize.MIB);
            assertEquals(s, part(arms.get(1).instances().get(k), MemoryComponent.SHIM), "shim of instance " + k);
            long v = part(vm, MemoryComponent.VMM_OVERHEAD);
            vmm.add(v / (double) DataSize.MIB);
            assertEquals(v, part(arms.get(3).instances().get(k), MemoryComponent.VMM_OVERHEAD), "VMM of instance " + k);
            assertEquals(part(vm, MemoryComponent.GUEST_KERNEL_AND_OS),
                    part(arms.get(3).instances().get(k), MemoryComponent.GUEST_KERNEL_AND_OS), "guest of instance " + k);
            long app = part(a, MemoryComponent.APP);
            assertEquals(app + s, a.reservedOverTime().last(), 1.0, "by use the host counts instance " + k + "'s shim");
        }
        assertTrue(shim.min() >= 2 && shim.max() <= 6 && shim.max() - shim.min() > 2,
                "shims from " + shim.min() + " to " + shim.max() + " MiB");
        assertTrue(vmm.max() > 1.5 * vmm.percentile(0.5) && vmm.min() < 0.8 * vmm.percentile(0.5),
                "VMM overheads from " + vmm.min() + " to " + vmm.max() + " MiB");
        assertTrue(arms.get(2).instances().stream().map(i -> part(i, MemoryComponent.GUEST_KERNEL_AND_OS)).distinct()
                .count() > 50, "each guest draws its own idle memory");
        List<String> shown = file.effectiveValues().stream().map(EffectiveValue::toString).toList();
        assertTrue(shown.contains("stacks[0].runtime.shim = uniform from 2 MiB to 6 MiB (mean 4 MiB)  [L]"
                + " lesson-setting"), shown::toString);
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("stacks[2].hypervisor.vmmOverhead = lognormal, median"
                + " 5 MiB, p99 20 MiB (mean ")), shown::toString);
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("stacks[2].guestOs.memory = normal, mean 40 MiB,")),
                shown::toString);
    }

    @Test
    void fixedSizesStayTheSameInEveryInstance() throws Exception {
        RunResult result = new Runner().run(ScenarioFiles.read(folder, "f.json",
                scenario("\"3 MiB\"", "\"7 MiB\"", "\"40 MiB\"")).scenario());
        for (InstanceResult i : result.arms().get(0).instances()) {
            assertEquals(DataSize.ofMiB(3).bytes(), part(i, MemoryComponent.SHIM));
        }
        for (InstanceResult i : result.arms().get(2).instances()) {
            assertEquals(DataSize.ofMiB(7).bytes(), part(i, MemoryComponent.VMM_OVERHEAD));
            assertEquals(DataSize.ofMiB(40).bytes(), part(i, MemoryComponent.GUEST_KERNEL_AND_OS));
        }
    }

    /** {@code daemon} and {@code hostServices} as distributions: each host draws once, host i the same on every arm. */
    @Test
    void eachHostDrawsItsDaemonAndServicesOnceTheSameOnEveryArm() throws Exception {
        String daemon = "{\"uniform\": {\"min\": \"50 MiB\", \"max\": \"150 MiB\"}}";
        String text = """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Daemons vary"},
                  "hardware": {"hosts": [{"name": "rack", "count": 6, "cores": 16, "memory": "64 GiB"}]},
                  "stacks": [{"id": "a", "kind": "container", "runtime": "docker-runc",
                              "overrides": {"daemon": %1$s}},
                             {"id": "b", "kind": "container", "runtime": "docker-runc",
                              "overrides": {"daemon": %1$s}},
                             {"id": "vm", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "256 MiB", "overrides": {"hostServices": %1$s}}],
                  "workload": {"app": "hello", "instances": 12, "placement": "round-robin"}
                }
                """.formatted(daemon);
        ScenarioFile file = ScenarioFiles.read(folder, "h.json", text);
        List<ArmResult> arms = new Runner().run(file.scenario()).arms();
        List<Double> a = held(arms.get(0), MemoryComponent.ENGINE_DAEMON);
        List<Double> vm = held(arms.get(2), MemoryComponent.HYPERVISOR_SERVICES);
        assertEquals(6, a.size());
        assertEquals(a, held(arms.get(1), MemoryComponent.ENGINE_DAEMON), "host i draws the same on both arms");
        assertTrue(!a.equals(vm) && vm.stream().allMatch(b -> b >= 50 && b <= 150), "services, own stream: " + vm);
        assertTrue(a.stream().distinct().count() == 6 && a.stream().allMatch(b -> b >= 50 && b <= 150),
                "daemons " + a);
        List<String> shown = file.effectiveValues().stream().map(EffectiveValue::toString).toList();
        assertTrue(shown.contains("stacks[0].runtime.daemon = uniform from 50 MiB to 150 MiB (mean 100 MiB)  [L]"
                + " lesson-setting"), shown::toString);
    }

    /** What each host holds of {@code component} at the end, in MiB. */
    private static List<Double> held(ArmResult arm, MemoryComponent component) {
        return arm.hosts().stream().map(h -> h.memory().get(component).last() / DataSize.MIB).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"lognormal\": {\"median\": \"2 MiB\"}}                   | $.stacks[0].overrides.shim.lognormal",
        "{\"uniform\": {\"min\": \"1 s\", \"max\": \"2 MiB\"}}      | $.stacks[0].overrides.shim.uniform.min",
        "{\"empirical\": [\"1 MiB\", \"12 parsecs\"]}               | $.stacks[0].overrides.shim.empirical[1]",
        "{\"constant\": \"1 MiB\", \"empirical\": [\"2 MiB\"]}       | $.stacks[0].overrides.shim",
        "{}                                                         | $.stacks[0].overrides.shim",
    })
    void oneMistakeIsOneErrorNamingFileLineAndPath(String shim, String path) throws Exception {
        String text = scenario("\"3 MiB\"", "\"7 MiB\"", "\"40 MiB\"").replaceFirst("\"shim\": \"3 MiB\"",
                "\"shim\": " + java.util.regex.Matcher.quoteReplacement(shim));
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("bad\\.json:\\d+:.*") && problems.get(0).contains(path),
                problems::toString);
    }
}
