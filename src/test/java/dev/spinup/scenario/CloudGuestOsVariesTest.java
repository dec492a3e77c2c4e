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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cloud VM's {@code overrides.guestOsMemory} as a distribution (issue 13 §8): each launched VM draws its own from
 * substream k of the guest OS's stream, the same on every arm (a plain VM's too), capped at what its RAM leaves; the
 * cloud still counts the VM's RAM whole.
 */
class CloudGuestOsVariesTest {

    private static final int INSTANCES = 40;

    @TempDir
    Path folder;

    private static String scenario(String guest, String ram) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Cloud guests vary"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "512 GiB", "vcpuOvercommit": 16}]},
                  "stacks": [{"id": "now", "kind": "cloud-vm", "cloud": "ec2", "guestOs": "amazon-linux-2023",
                              "vcpus": 1, "memory": "%2$s", "overrides": {"guestOsMemory": %1$s}},
                             {"id": "then", "kind": "cloud-vm", "cloud": "ec2", "era": "2021",
                              "guestOs": "amazon-linux-2023", "vcpus": 1, "memory": "%2$s",
                              "overrides": {"guestOsMemory": %1$s}},
                             {"id": "laptop", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "%2$s", "overrides": {"guestOsMemory": %1$s}}],
                  "workload": {"app": "hello", "instances": %3$d}
                }
                """.formatted(guest, ram, INSTANCES);
    }

    private static long guest(InstanceResult i) {
        return i.memory().getOrDefault(MemoryComponent.GUEST_KERNEL_AND_OS, 0L);
    }

    private static List<Long> guests(ArmResult arm) {
        return arm.instances().stream().map(CloudGuestOsVariesTest::guest).toList();
    }

    @Test
    void eachCloudVmDrawsItsGuestOsTheSameOnEveryArmAndReservesItsRamWhole() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "c.json",
                scenario("{\"uniform\": {\"min\": \"100 MiB\", \"max\": \"300 MiB\"}}", "1 GiB"));
        RunResult result = new Runner().run(file.scenario());
        List<Long> now = guests(result.arms().get(0));
        assertEquals(now, guests(result.arms().get(1)), "both eras' VM k keep the same guest OS");
        assertEquals(now, guests(result.arms().get(2)), "and so does the laptop's VM k");
        assertTrue(now.stream().distinct().count() == INSTANCES, "each VM its own: " + now);
        assertTrue(now.stream().allMatch(b -> b >= DataSize.ofMiB(100).bytes() && b <= DataSize.ofMiB(300).bytes()),
                now::toString);
        long reserved = result.arms().get(0).instances().get(0).reservedOverTime().last() > 0
                ? (long) result.arms().get(0).instances().get(0).reservedOverTime().last() : -1;
        for (InstanceResult i : result.arms().get(0).instances()) {
            assertEquals(reserved, i.reservedOverTime().last(), 1.0, "a cloud counts the RAM whole, whatever the OS");
        }
        assertTrue(reserved >= DataSize.GIB, "reserved " + reserved);
        List<String> shown = file.effectiveValues().stream().map(EffectiveValue::toString).toList();
        assertTrue(shown.contains("stacks[0].guestOs.memory = uniform from 100 MiB to 300 MiB (mean 200 MiB)  [L]"
                + " lesson-setting"), shown::toString);
    }

    @Test
    void aConstantIsExactlyTheFixedSize() throws Exception {
        RunResult fixed = new Runner().run(ScenarioFiles.read(folder, "f.json", scenario("\"150 MiB\"", "1 GiB"))
                .scenario());
        RunResult constant = new Runner().run(ScenarioFiles.read(folder, "k.json",
                scenario("{\"constant\": \"150 MiB\"}", "1 GiB")).scenario());
        for (int arm = 0; arm < 2; arm++) {
            assertEquals(guests(fixed.arms().get(arm)), guests(constant.arms().get(arm)));
            assertTrue(guests(fixed.arms().get(arm)).stream().allMatch(b -> b == DataSize.ofMiB(150).bytes()));
            assertEquals(fixed.arms().get(arm).summary().startup().p99(),
                    constant.arms().get(arm).summary().startup().p99());
        }
    }

    @Test
    void aGuestOsDrawnLargerThanTheRamLeavesIsCappedAndTallied() throws Exception {
        String tailed = "{\"lognormal\": {\"median\": \"700 MiB\", \"p99\": \"1.5 GiB\"}}";
        List<Long> whole = guests(new Runner().run(ScenarioFiles.read(folder, "w.json", scenario(tailed, "4 GiB"))
                .scenario()).arms().get(0));
        RunResult tight = new Runner().run(ScenarioFiles.read(folder, "t.json", scenario(tailed, "1 GiB"))
                .scenario());
        ArmResult cloud = tight.arms().get(0);
        int over = 0;
        for (int k = 0; k < INSTANCES; k++) {
            InstanceResult i = cloud.instances().get(k);
            long room = DataSize.GIB - i.memory().getOrDefault(MemoryComponent.STRUCT_PAGE_TAX, 0L)
                    - i.memory().getOrDefault(MemoryComponent.APP, 0L);
            if (whole.get(k) > room) {
                over++;
                assertEquals(room, guest(i), "VM " + k + " keeps what its RAM leaves");
            } else {
                assertEquals(whole.get(k), guest(i), "VM " + k + " keeps its draw");
            }
        }
        assertTrue(over > 0 && over < INSTANCES / 2, "a tail of the draws exceeds the RAM: " + over);
        assertEquals(over, cloud.summary().guestOs().capped(), "the summary counts the capped guests");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"lognormal\": {\"median\": \"-200 MiB\", \"p99\": \"600 MiB\"}} | $.stacks[0].overrides.guestOsMemory.lognormal.median",
        "{\"normal\": {\"mean\": \"200 MiB\"}}                          | $.stacks[0].overrides.guestOsMemory.normal",
        "{\"empirical\": [\"100 MiB\", \"2 s\"]}                          | $.stacks[0].overrides.guestOsMemory.empirical[1]",
        "\"lots\"                                                       | $.stacks[0].overrides.guestOsMemory",
    })
    void oneMistakeIsOneErrorNamingFileLineAndPath(String guest, String path) throws Exception {
        String text = scenario("\"150 MiB\"", "1 GiB").replaceFirst("\"guestOsMemory\": \"150 MiB\"",
                "\"guestOsMemory\": " + java.util.regex.Matcher.quoteReplacement(guest));
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("bad\\.json:\\d+:.*") && problems.get(0).contains(path),
                problems::toString);
    }
}
