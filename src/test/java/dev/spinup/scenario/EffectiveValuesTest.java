package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.catalogue.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The effective values `spinup show` prints: every number with where it sits and where it comes from. */
class EffectiveValuesTest {

    @TempDir
    Path folder;

    @Test
    void catalogueDefaultsCarryTheirOwnSources() throws Exception {
        List<String> lines = lines(Lessons.load("hello"));
        assertTrue(lines.contains("stacks[0].hypervisor.vmmOverhead = 131 MB  [D] vmm-memory-overhead"), "" + lines);
        assertTrue(lines.contains("stacks[0].guestOs.memory = 250 MiB  [E] estimate-full-distro-idle-rss"));
        assertTrue(lines.contains("stacks[1].runtime.shim = 3.1 MB  [P] gvisor-density"));
        assertTrue(lines.contains("stacks[1].runtime.era = 2021  [P] docker-run-warm"), "the current era by default");
        assertTrue(lines.contains("hardware.hosts[0].memory = 64 GiB  [E] estimate-classroom-host"));
        assertTrue(lines.contains("hardware.pulls.parallelDownloads = 3  [P] docker-parallel-downloads"));
        assertTrue(lines.contains("stacks[0].vcpus = 2  [L] lesson-setting"), "a VM's size is always the lesson's");
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "stacks\\[0]\\.guestOs\\.phases\\.init = 12\\.\\d{1,2} s  \\[P] full-distro-guest-boot")), "" + lines);
        assertFalse(lines.stream().anyMatch(l -> l.contains("image-pull")), "a pull has no length of its own");
    }

    @Test
    void aClustersValuesAreListedWithTheirSources() throws Exception {
        List<String> lines = lines(Lessons.load("k8s-spread-vs-binpacking"));
        assertTrue(lines.contains("cluster.scheduler.era = 2025  [E] estimate-scheduler-eras"), "" + lines);
        assertTrue(lines.contains("cluster.scheduler.stacks.packed = bin-packing (most allocated)  [L] lesson-setting"));
        assertTrue(lines.contains("cluster.clients.scheduler = 100 qps, burst 100  [P] scheduler-throughput-2019"));
        assertTrue(lines.contains("cluster.kubelet.reserved.memory = 330 MiB + 5 % of capacity"
                + "  [P] k8s-reserved-distributed-cloud"));
        assertTrue(lines.contains("cluster.kubelet.evictionHard = memory.available < 100 MiB  [P] k8s-node-allocatable"));
        assertTrue(lines.contains("cluster.deployments[0].cpu = 250m  [L] lesson-setting"));
        assertTrue(lines(Lessons.load("k8s-autoscaler-vs-vms")).contains(
                "cluster.nodePools[0].maxNodes = 12  [L] lesson-setting"));
    }

    @Test
    void valuesTheFileSetsAreCitedAsTheLessonsOwn() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "set.json", """
                {"schemaVersion": 1, "lesson": {"title": "Set"},
                 "hardware": {"hosts": [{"memory": "32 GiB"}]},
                 "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "minimal-linux",
                             "vcpus": 1, "memory": "256 MiB",
                             "overrides": {"vmmOverhead": "100 MB", "phases": {"firmware": "20 ms"}}}],
                 "workload": {"app": "hello", "instances": 1, "appOverrides": {"memory": "2 MiB"}}}
                """);
        List<String> lines = lines(file);
        assertTrue(lines.contains("hardware.hosts[0].memory = 32 GiB  [L] lesson-setting"), "" + lines);
        assertTrue(lines.contains("hardware.hosts[0].cores = 16  [E] estimate-classroom-host"));
        assertTrue(lines.contains("stacks[0].hypervisor.vmmOverhead = 100 MB  [L] lesson-setting"));
        assertTrue(lines.contains("stacks[0].hypervisor.phases.firmware = 20 ms  [L] lesson-setting"));
        assertTrue(lines.contains("workload.app.memory = 2 MiB  [L] lesson-setting"));
        assertTrue(lines.contains("workload.instances = 1  [L] lesson-setting"));
    }

    @Test
    void everyLessonListsItsValuesWithASourceEach() throws Exception {
        for (String name : Lessons.names()) {
            List<EffectiveValue> values = Lessons.load(name).effectiveValues();
            assertTrue(values.size() > 20, name);
            for (EffectiveValue v : values) {
                assertFalse(v.path().isBlank() || v.value().isBlank(), name + ": " + v);
                assertEquals(v.source().evidence().tag(), v.tag());
            }
            assertEquals(values, EffectiveValues.of(Lessons.load(name).scenario()), "a pure function");
        }
        assertTrue(Lessons.load("microvms").effectiveValues().stream()
                .anyMatch(v -> v.source() == Source.FIRECRACKER_BOOT_TO_INIT));
    }

    @Test
    void anEraIsPrintedWithItsSource() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "era.json", """
                {"schemaVersion": 1, "lesson": {"title": "Era"},
                 "stacks": [{"id": "old", "kind": "container", "runtime": "docker-runc", "era": "1.12"},
                            {"id": "ec2", "kind": "cloud-vm", "cloud": "ec2", "era": "2021",
                             "guestOs": "ubuntu-cloud", "vcpus": 2, "memory": "4 GiB"}],
                 "workload": {"app": "hello", "instances": 1}}
                """);
        List<String> lines = lines(file);
        assertTrue(lines.contains("stacks[0].runtime.era = 1.12 (2016)  [P] docker-1-12-concurrent-run"), "" + lines);
        assertTrue(lines.contains("stacks[1].cloud.era = 2021  [P] ec2-launch-2021"), "" + lines);
    }

    private static List<String> lines(ScenarioFile file) {
        return file.effectiveValues().stream().map(EffectiveValue::toString).toList();
    }
}
