package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code appOverrides.memoryRequest} and {@code hosts[].admitBy}: read, run end to end, and one error per mistake. */
class MemoryRequestTest {

    @TempDir
    Path folder;

    private static String scenario(String admitBy, String request) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Requests vs use"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "17 GiB", "hostOsMemory": "1 GiB",
                                          "admitBy": %s}]},
                  "stacks": [{"id": "runc", "kind": "container", "runtime": "docker-runc"}],
                  "workload": {"app": "nginx", "instances": 300,
                               "appOverrides": {"memory": "200 MiB", "memoryRequest": %s}}
                }
                """.formatted(admitBy, request);
    }

    private int ready(String admitBy) throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "r.json", scenario(admitBy, "\"500 MiB\""));
        RunResult result = new Runner().run(file.scenario());
        ArmResult arm = result.arms().get(0);
        return arm.summary().ready();
    }

    @Test
    void theFileSaysWhatAHostCountsAndWhatTheAppRequests() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "r.json", scenario("\"use\"", "\"500 MiB\""));
        assertEquals(AdmissionBasis.USE, file.scenario().hosts().get(0).spec().admission());
        assertEquals(DataSize.ofMiB(500), file.scenario().workload().app().reserved());
    }

    @Test
    void admittingByUsePacksMoreThanTwiceAsManyAsByRequest() throws Exception {
        int byRequest = ready("\"reservation\"");
        int byUse = ready("\"use\"");
        assertTrue(byRequest > 0 && byUse > 2 * byRequest, byRequest + " by request, " + byUse + " by use");
    }

    /** Two stacks on the same hardware, one admitting as Kubernetes does and one as Docker on one host. */
    private static String twoPlatforms(String stackAdmitBy) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Two platforms"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "17 GiB", "hostOsMemory": "1 GiB"}]},
                  "stacks": [{"id": "k8s", "kind": "container", "runtime": "containerd-crun"},
                             {"id": "docker", "kind": "container", "runtime": "containerd-crun",
                              "admitBy": %s}],
                  "workload": {"app": "nginx", "instances": 300,
                               "appOverrides": {"memory": "200 MiB", "memoryRequest": "500 MiB"}}
                }
                """.formatted(stackAdmitBy);
    }

    @Test
    void aStackCanSayWhatItsPlatformCountsAndOnlyItsArmAdmitsThatWay() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "p.json", twoPlatforms("\"use\""));
        Scenario scenario = file.scenario();
        assertEquals(java.util.Optional.of(AdmissionBasis.USE), scenario.stacks().get(1).admitBy());
        assertEquals(AdmissionBasis.RESERVATION, scenario.hostSpecsFor(scenario.stacks().get(0)).get(0).admission());
        assertEquals(AdmissionBasis.USE, scenario.hostSpecsFor(scenario.stacks().get(1)).get(0).admission());
        assertEquals(scenario.hostSpecs().get(0).memory(), scenario.hostSpecsFor(scenario.stacks().get(1)).get(0)
                .memory(), "the same hardware");
        RunResult result = new Runner().run(scenario);
        int byRequest = result.arms().get(0).summary().ready();
        int byUse = result.arms().get(1).summary().ready();
        // 16 GiB for instances: 60 MiB daemon and the image's page cache, then 500 MiB + 3.1 MB or 200 MiB + 3.1 MB.
        assertEquals(32, byRequest);
        assertTrue(byUse > 2 * byRequest && byUse < 16 * 1024 / 200, byUse + " by use");
        // what the app's memory gauge hatches as reserved: what this arm's admission set aside for each
        long shim = DataSize.ofMB(3.1).bytes();
        assertEquals(DataSize.ofMiB(500).bytes() + shim, result.arms().get(0).instances().get(0).reservedOverTime()
                .last(), 1.0);
        assertEquals(DataSize.ofMiB(200).bytes() + shim, result.arms().get(1).instances().get(0).reservedOverTime()
                .last(), 1.0);
        assertTrue(file.effectiveValues().stream().anyMatch(v -> v.path().equals("stacks[1].admitBy")
                && v.value().equals("use")), "show prints it");
    }

    /** Lesson 21: the same app on the same host, counted four ways; by use fits more of each kind. */
    @Test
    void theReservedVsInUseLessonFitsMoreOfEachKindByUse() throws Exception {
        RunResult result = new Runner().run(Lessons.load("reserved-vs-in-use").scenario());
        int[] ready = result.arms().stream().mapToInt(a -> a.summary().ready()).toArray();
        assertEquals(List.of("request", "use", "vm", "vmuse"), result.arms().stream().map(a -> a.stack().id())
                .toList());
        assertTrue(ready[1] > 2 * ready[0], "containers: " + ready[0] + " by request, " + ready[1] + " by use");
        assertTrue(ready[3] > ready[2] * 3 / 2, "VMs: " + ready[2] + " by RAM, " + ready[3] + " by pages touched");
        for (ArmResult arm : result.arms()) {
            assertTrue(arm.summary().refused() > 0, arm.stack().id() + ": the host fills");
        }
    }

    @Test
    void aStacksAdmitByIsOneOfTheTwo() throws Exception {
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", twoPlatforms("\"requests\""));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("$.stacks[1].admitBy:"), problems::toString);
    }

    @ParameterizedTest(name = "admitBy {0}, memoryRequest {1}")
    @CsvSource(delimiter = '|', value = {
        "\"requests\"   | \"500 MiB\" | $.hardware.hosts[0].admitBy",
        "\"use\"        | \"500 mb\"  | $.workload.appOverrides.memoryRequest",
        "\"use\"        | 500         | $.workload.appOverrides.memoryRequest",
    })
    void oneMistakeIsOneErrorNamingFileLineAndPath(String admitBy, String request, String path) throws Exception {
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", scenario(admitBy, request));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("bad.json:") && problems.get(0).contains(path + ":"),
                problems::toString);
    }
}
