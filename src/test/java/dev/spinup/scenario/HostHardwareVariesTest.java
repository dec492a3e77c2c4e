package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.host.HostSpec;
import dev.spinup.run.ArmResult;
import dev.spinup.run.HostResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A host group's disk and network figures may be distributions (issue 13 §8): host k of the group draws its own
 * from substream k of the group's streams, so it is the same machine on every stack; its cores and memory stay
 * one value for the group, and saying otherwise is one error.
 */
class HostHardwareVariesTest {

    private static final int HOSTS = 6;

    @TempDir
    Path folder;

    /** Six lab hosts, one Ubuntu VM and one Docker container on each (round robin), their boots from the disk. */
    private static String scenario(String bandwidth, String iops, String network) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Hosts differ"},
                  "seed": 11,
                  "hardware": {"hosts": [{"name": "lab", "count": %d, "cores": 16, "memory": "64 GiB",
                                          "disk": {"bandwidth": %s, "iops": %s}, "network": %s}]},
                  "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "ubuntu-cloud",
                              "vcpus": 1, "memory": "1 GiB"},
                             {"id": "docker", "kind": "container", "runtime": "docker-runc"}],
                  "workload": {"app": "nginx", "instances": %d, "placement": "round-robin"}
                }
                """.formatted(HOSTS, bandwidth, iops, network, HOSTS);
    }

    private static final String SLOW_DISKS = "{\"uniform\": {\"min\": \"5 MB/s\", \"max\": \"400 MB/s\"}}";
    private static final String IOPS = "{\"lognormal\": {\"median\": 5000, \"p99\": 50000}}";
    private static final String NICS = "{\"empirical\": [\"1 Gbit/s\", \"10 Gbit/s\", \"25 Gbit/s\"]}";

    private RunResult run(String name, String text) throws Exception {
        return new Runner().run(ScenarioFiles.read(folder, name, text).scenario());
    }

    private static long startup(InstanceResult i) {
        assertTrue(i.readyAt() >= 0, i.id() + " never became ready");
        return i.readyAt() - i.requestedAt();
    }

    private static HostSpec host(ArmResult arm, int k) {
        return arm.hosts().get(k).spec();
    }

    @Test
    void hostKIsTheSameMachineOnEveryStackAndTheHostsDiffer() throws Exception {
        RunResult result = run("lab.json", scenario(SLOW_DISKS, IOPS, NICS));
        ArmResult vms = result.arms().get(0);
        ArmResult containers = result.arms().get(1);
        assertEquals(HOSTS, vms.hosts().size());
        for (int k = 0; k < HOSTS; k++) {
            assertEquals("lab-" + (k + 1), vms.hosts().get(k).name());
            assertEquals(host(vms, k).disk(), host(containers, k).disk(), "host " + k + "'s disk on both stacks");
            assertEquals(host(vms, k).nic(), host(containers, k).nic(), "and its network");
            double bandwidth = host(vms, k).disk().bandwidth().megabytesPerSecond();
            assertTrue(bandwidth >= 5 && bandwidth <= 400, "drawn within the uniform: " + bandwidth);
            double gbit = host(vms, k).nic().bytesPerSecond() * 8 / 1e9;
            assertTrue(gbit >= 1 && gbit <= 25, "drawn within the measured links: " + gbit);
        }
        assertEquals(HOSTS, vms.hosts().stream().map(h -> h.spec().disk().bandwidth()).distinct().count(),
                "each host its own disk");
        assertEquals(HOSTS, vms.hosts().stream().map(h -> h.spec().disk().iops()).distinct().count(),
                "and its own IOPS");
        RunResult again = run("lab.json", scenario(SLOW_DISKS, IOPS, NICS));
        assertEquals(vms.hosts().stream().map(HostResult::spec).toList(),
                again.arms().get(0).hosts().stream().map(HostResult::spec).toList(), "the same seed, the same hosts");
        RunResult otherSeed = run("seed.json", scenario(SLOW_DISKS, IOPS, NICS).replace("\"seed\": 11", "\"seed\": 12"));
        assertNotEquals(host(vms, 0).disk(), host(otherSeed.arms().get(0), 0).disk(), "another seed, other draws");
    }

    /**
     * The Ubuntu guest's boot reads its kernel, initrd and root filesystem from the host's disk. Its other phases
     * vary per instance too, but VM k draws the same phases whatever its host's disk (common random numbers), so
     * against a run where every disk does 400 MB/s, VM k boots later the slower its host's drawn disk.
     */
    @Test
    void aSlowerDrawnDiskMakesThatHostsBootSlower() throws Exception {
        ArmResult vms = run("lab.json", scenario(SLOW_DISKS, "200000", "\"10 Gbit/s\"")).arms().get(0);
        ArmResult fast = run("fast.json", scenario("\"400 MB/s\"", "200000", "\"10 Gbit/s\"")).arms().get(0);
        List<Integer> byDisk = java.util.stream.IntStream.range(0, HOSTS).boxed().sorted(Comparator.comparingDouble(
                (Integer k) -> host(vms, k).disk().bandwidth().bytesPerSecond()).reversed()).toList();
        long previous = -1;
        for (int k : byDisk) {
            InstanceResult vm = vms.instances().get(k);
            assertEquals("lab-" + (k + 1), vm.host(), "round robin: VM k on host k");
            long later = startup(vm) - startup(fast.instances().get(k));
            assertTrue(later > previous, vm.id() + " on a " + host(vms, k).disk().bandwidth() + " disk is "
                    + later + " ns later than on 400 MB/s, not more than on the faster disk before it (" + previous
                    + " ns)");
            previous = later;
        }
        int slowest = byDisk.get(HOSTS - 1);
        assertTrue(2 * startup(vms.instances().get(slowest)) > 3 * startup(fast.instances().get(slowest)),
                "on the slowest drawn disk (" + host(vms, slowest).disk().bandwidth() + ") the boot takes more than"
                        + " half as long again as on 400 MB/s");
    }

    @Test
    void constantDistributionsAreExactlyTheFixedValues() throws Exception {
        RunResult fixed = run("fixed.json", scenario("\"150 MB/s\"", "3000", "\"1 Gbit/s\""));
        RunResult constant = run("constant.json", scenario("{\"constant\": \"150 MB/s\"}", "{\"constant\": 3000}",
                "{\"constant\": \"1 Gbit/s\"}"));
        for (int s = 0; s < 2; s++) {
            ArmResult a = fixed.arms().get(s);
            ArmResult b = constant.arms().get(s);
            assertEquals(a.hosts().stream().map(HostResult::spec).toList(),
                    b.hosts().stream().map(HostResult::spec).toList());
            assertEquals(a.instances().stream().map(i -> i.readyAt()).toList(),
                    b.instances().stream().map(i -> i.readyAt()).toList(), "every instance ready at the same instant");
        }
        assertEquals(150.0, host(fixed.arms().get(0), 3).disk().bandwidth().megabytesPerSecond(), 1e-9);
        List<String> shown = ScenarioFiles.read(folder, "c.json", scenario("{\"constant\": \"150 MB/s\"}",
                "{\"constant\": 3000}", "{\"constant\": \"1 Gbit/s\"}")).effectiveValues().stream()
                .map(Object::toString).toList();
        assertTrue(shown.contains("hardware.hosts[0].disk.bandwidth = 150 MB/s  [L] lesson-setting"),
                shown::toString);
    }

    @Test
    void showPrintsEachDistributionAndItsMean() throws Exception {
        List<String> shown = ScenarioFiles.read(folder, "show.json", scenario(SLOW_DISKS, IOPS, NICS))
                .effectiveValues().stream().map(Object::toString).toList();
        assertTrue(shown.contains("hardware.hosts[0].disk.bandwidth = uniform from 5 MB/s to 400 MB/s (mean"
                + " 203 MB/s, each host draws its own)  [L] lesson-setting"), shown::toString);
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("hardware.hosts[0].disk.iops = lognormal, median"
                + " 5000, p99 ")), shown::toString);
        assertTrue(shown.contains("hardware.hosts[0].network = empirical, 3 values from 1 Gbit/s to 25 Gbit/s"
                + " (mean 11.5 Gbit/s, each host draws its own)  [L] lesson-setting"), shown::toString);
    }

    static Stream<Arguments> mistakes() {
        String ok = "\"500 MB/s\"";
        return Stream.of(
                Arguments.of(scenario("{\"lognormal\": {\"median\": \"-5 MB/s\", \"p99\": \"50 MB/s\"}}", "1000", ok),
                        "$.hardware.hosts[0].disk.bandwidth.lognormal.median"),
                Arguments.of(scenario("{\"lognormal\": {\"median\": \"50 MB/s\", \"p99\": \"20 MB/s\"}}", "1000", ok),
                        "$.hardware.hosts[0].disk.bandwidth.lognormal.p99"),
                Arguments.of(scenario(ok, "{\"uniform\": {\"min\": \"5 MB/s\", \"max\": 900}}", ok),
                        "$.hardware.hosts[0].disk.iops.uniform.min"),
                Arguments.of(scenario(ok, "1000", "{\"normal\": {\"mean\": 10, \"sd\": \"1 Gbit/s\"}}"),
                        "$.hardware.hosts[0].network.normal.mean"),
                Arguments.of(scenario(ok, "{\"empirical\": [100, 0.5]}", ok), "$.hardware.hosts[0].disk.iops.empirical[1]"),
                Arguments.of(scenario(ok, "1000", ok).replace("\"cores\": 16",
                        "\"cores\": {\"uniform\": {\"min\": 8, \"max\": 32}}"), "$.hardware.hosts[0].cores"),
                Arguments.of(scenario(ok, "1000", ok).replace("\"memory\": \"64 GiB\"",
                        "\"memory\": {\"constant\": \"64 GiB\"}"), "$.hardware.hosts[0].memory"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void oneMistakeIsOneErrorNamingFileLineAndPath(String text, String path) throws Exception {
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("bad\\.json:\\d+:.*") && problems.get(0).contains(path),
                problems::toString);
    }

    @Test
    void coresSayWhatToWriteInstead() throws Exception {
        String text = scenario("\"500 MB/s\"", "1000", "\"1 Gbit/s\"").replace("\"cores\": 16",
                "\"cores\": {\"uniform\": {\"min\": 8, \"max\": 32}}");
        String problem = ScenarioFiles.problems(folder, "mixed.json", text).get(0);
        assertTrue(problem.contains("one host group per kind of machine"), problem);
    }
}
