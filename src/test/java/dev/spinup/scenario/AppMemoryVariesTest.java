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
 * {@code appOverrides.memory} as a distribution (issue 13 §8): each instance draws its app's usage, the same draw
 * on every stack (common random numbers), and a host admitting by use counts what each drew.
 */
class AppMemoryVariesTest {

    @TempDir
    Path folder;

    private static String scenario(String memory) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Usage varies"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "257 GiB", "hostOsMemory": "1 GiB",
                                          "vcpuOvercommit": 16}]},
                  "stacks": [{"id": "runc", "kind": "container", "runtime": "docker-runc", "admitBy": "use"},
                             {"id": "vm", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "2 GiB", "admitBy": "use"}],
                  "workload": {"app": "nginx", "instances": 200,
                               "appOverrides": {"memory": %s}}
                }
                """.formatted(memory);
    }

    private static final String LOGNORMAL = "{\"lognormal\": {\"median\": \"200 MiB\", \"p99\": \"600 MiB\"}}";

    @Test
    void eachInstanceDrawsItsOwnUsageAndEveryStackDrawsTheSame() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "u.json", scenario(LOGNORMAL));
        RunResult result = new Runner().run(file.scenario());
        List<InstanceResult> containers = result.arms().get(0).instances();
        List<InstanceResult> vms = result.arms().get(1).instances();
        Tally mib = new Tally();
        long shim = DataSize.ofMB(3.1).bytes();
        for (int k = 0; k < containers.size(); k++) {
            long app = containers.get(k).memory().get(MemoryComponent.APP);
            mib.add(app / (double) DataSize.MIB);
            assertEquals(app, vms.get(k).memory().get(MemoryComponent.APP), "instance " + k + " on both stacks");
            assertEquals(app + shim, containers.get(k).reservedOverTime().last(), 1.0,
                    "by use the host counts what instance " + k + " drew");
        }
        assertEquals(200, mib.percentile(0.5), 25, "the median drawn");
        assertTrue(mib.max() > 1.5 * mib.percentile(0.5) && mib.min() < 0.75 * mib.percentile(0.5),
                "usage varies: " + mib.min() + " to " + mib.max() + " MiB");
        assertEquals(result.arms().get(0).summary().ready(), 200);
        assertTrue(file.effectiveValues().stream().anyMatch(v -> v.path().equals("workload.app.memory")
                && v.value().startsWith("lognormal, median 200 MiB, p99 600 MiB (mean ")), "show prints it");
    }

    @Test
    void theSameSeedDrawsTheSameUsageWhateverElseChanges() throws Exception {
        Scenario one = ScenarioFiles.read(folder, "a.json", scenario(LOGNORMAL)).scenario();
        ScenarioFile file = ScenarioFiles.read(folder, "b.json", scenario(LOGNORMAL));
        Scenario fewer = file.with("workload.instances", "50").scenario();
        List<InstanceResult> all = new Runner().run(one).arms().get(0).instances();
        List<InstanceResult> some = new Runner().run(fewer).arms().get(0).instances();
        for (int k = 0; k < some.size(); k++) {
            assertEquals(all.get(k).memory().get(MemoryComponent.APP), some.get(k).memory().get(MemoryComponent.APP),
                    "instance " + k);
        }
    }

    @Test
    void aFixedSizeStaysTheSameInEveryInstance() throws Exception {
        RunResult result = new Runner().run(ScenarioFiles.read(folder, "f.json", scenario("\"64 MiB\"")).scenario());
        for (ArmResult arm : result.arms()) {
            assertTrue(arm.instances().stream().allMatch(i -> i.memory().get(MemoryComponent.APP)
                    == DataSize.ofMiB(64).bytes()), arm.stack().id());
        }
    }

    /** {@code overrides.shutdown} and {@code stop} as distributions: each instance draws its own, the same draw on any arm. */
    @Test
    void stopsAndShutdownsVaryPerInstanceWithTheSameDrawsOnEveryArm() throws Exception {
        String file = """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Stops vary"},
                  "stacks": [{"id": "runc", "kind": "container", "runtime": "docker-runc",
                              "overrides": {"stop": {"uniform": {"min": "100 ms", "max": "900 ms"}}}},
                             {"id": "runc2", "kind": "container", "runtime": "docker-runc",
                              "overrides": {"stop": {"uniform": {"min": "100 ms", "max": "900 ms"}}}},
                             {"id": "vm", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "256 MiB",
                              "overrides": {"shutdown": {"lognormal": {"median": "50 ms", "p99": "200 ms"}}}}],
                  "workload": {"app": "hello", "instances": 40},
                  "timeline": [{"at": "30 s", "action": "stop", "count": 40}]
                }
                """;
        ScenarioFile read = ScenarioFiles.read(folder, "s.json", file);
        RunResult result = new Runner().run(read.scenario());
        Tally stops = new Tally();
        List<long[]> perArm = new java.util.ArrayList<>();
        for (ArmResult arm : result.arms()) {
            long[] lengths = arm.instances().stream().mapToLong(i -> i.phases().stream()
                    .filter(p -> p.kind() == dev.spinup.model.startup.PhaseKind.SHUTDOWN)
                    .mapToLong(dev.spinup.model.startup.PhaseRecord::durationNanos).sum()).toArray();
            perArm.add(lengths);
        }
        for (long nanos : perArm.get(0)) {
            stops.add(nanos / 1e6);
        }
        assertEquals(40, stops.count());
        assertTrue(stops.min() >= 100 && stops.max() <= 900 && stops.max() - stops.min() > 300,
                "stops from " + stops.min() + " to " + stops.max() + " ms");
        assertEquals(java.util.Arrays.toString(perArm.get(0)), java.util.Arrays.toString(perArm.get(1)),
                "the same stop lengths on both container arms");
        assertTrue(java.util.Arrays.stream(perArm.get(2)).distinct().count() > 30, "each VM draws its shutdown");
        List<String> shown = read.effectiveValues().stream().map(EffectiveValue::toString).toList();
        assertTrue(shown.contains("stacks[0].runtime.stop = uniform from 100 ms to 900 ms (mean 500 ms)  [L]"
                + " lesson-setting"), shown::toString);
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("stacks[2].hypervisor.shutdown = lognormal, median 50 ms,"
                + " p99 200 ms (mean ")), shown::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"lognormal\": {\"median\": \"200 MiB\"}}                   | $.workload.appOverrides.memory.lognormal",
        "{\"uniform\": {\"min\": \"1 s\", \"max\": \"2 GiB\"}}        | $.workload.appOverrides.memory.uniform.min",
        "{\"lognormal\": {\"median\": \"2 GiB\", \"p99\": \"1 GiB\"}} | $.workload.appOverrides.memory.lognormal.p99",
        "{\"empirical\": [\"100 MiB\", \"12 parsecs\"]}               | $.workload.appOverrides.memory.empirical[1]",
        "{}                                                           | $.workload.appOverrides.memory",
    })
    void oneMistakeIsOneErrorNamingFileLineAndPath(String memory, String path) throws Exception {
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", scenario(memory));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("bad.json:") && problems.get(0).contains(path), problems::toString);
    }
}
