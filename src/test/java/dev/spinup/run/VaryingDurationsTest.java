package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.scenario.EffectiveValue;
import dev.spinup.scenario.EffectiveValues;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.ScenarioReader;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A duration in an override may vary per instance; every stack draws the same lengths for the same quantity
 * (common random numbers), and a bad distribution is one clear problem with its place.
 */
class VaryingDurationsTest {

    private static final String CONTAINERS = """
            [{"id": "runc", "kind": "container", "runtime": "docker-runc"},
             {"id": "crun", "kind": "container", "runtime": "containerd-crun"}]""";

    private static final String MICROVMS = """
            [{"id": "fc", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux", "vcpus": 1,
              "memory": "256 MiB", "overrides": {"phases": {"kernel": %1$s}}},
             {"id": "chv", "kind": "vm", "hypervisor": "cloud-hypervisor", "guestOs": "minimal-linux", "vcpus": 1,
              "memory": "256 MiB", "overrides": {"phases": {"kernel": %1$s}}}]""";

    private static String file(String stacks, String appOverrides, int instances) {
        return """
                {"schemaVersion": 1, "lesson": {"title": "variability"}, "seed": 5,
                 "hardware": {"hosts": [{"name": "h", "count": %d}]},
                 "stacks": %s,
                 "workload": {"app": "nginx", "instances": %d, "placement": "round-robin", "appOverrides": %s}}
                """.formatted(instances, stacks, instances, appOverrides);
    }

    private static Scenario read(String text) throws ScenarioFileException {
        return new ScenarioReader().read("vary.json", text).scenario();
    }

    private static List<Long> alone(ArmResult arm, PhaseKind kind) {
        List<Long> out = new ArrayList<>();
        for (InstanceResult i : arm.instances()) {
            out.add(i.phases().stream().filter(p -> p.kind() == kind).mapToLong(PhaseRecord::aloneNanos).sum());
        }
        return out;
    }

    @Test
    void theAppStartFollowsItsLognormalAndEveryStackDrawsTheSameLengths() throws Exception {
        Scenario scenario = read(file(CONTAINERS,
                "{\"start\": {\"lognormal\": {\"median\": \"0.5 s\", \"p99\": \"2 s\"}}}", 400));
        RunResult result = new Runner().run(scenario);
        List<Long> runc = alone(result.arms().get(0), PhaseKind.APP);
        List<Long> crun = alone(result.arms().get(1), PhaseKind.APP);
        assertEquals(runc, crun, "the same instance draws the same app start on both stacks");
        Tally tally = new Tally();
        runc.forEach(n -> tally.add(n / 1e9));
        assertEquals(0.5, tally.percentile(0.5), 0.075, "median");
        assertTrue(tally.percentile(0.99) > 1.3 && tally.percentile(0.99) < 3, "p99 " + tally.percentile(0.99));
        assertTrue(tally.min() < 0.3 && tally.max() > 1.5, "it varies: " + tally.min() + " to " + tally.max());
    }

    @Test
    void aVaryingPhaseKeepsCommonRandomNumbersAcrossHypervisors() throws Exception {
        Scenario scenario = read(file(MICROVMS.formatted("{\"uniform\": {\"min\": \"100 ms\", \"max\": \"300 ms\"}}"),
                "{}", 60));
        RunResult result = new Runner().run(scenario);
        List<Long> fc = alone(result.arms().get(0), PhaseKind.KERNEL);
        List<Long> chv = alone(result.arms().get(1), PhaseKind.KERNEL);
        assertEquals(fc, chv, "both stacks' kernels draw instance k's length from one stream");
        Tally ms = new Tally();
        fc.forEach(n -> ms.add(n / 1e6));
        assertTrue(ms.min() >= 99 && ms.max() <= 301 * 1.05, ms.min() + " to " + ms.max());
        assertTrue(ms.max() - ms.min() > 100, "spread over the range: " + ms.min() + " to " + ms.max());
    }

    @Test
    void aFixedLengthWrittenAsAConstantIsTheSameAsTheDuration() throws Exception {
        RunResult plain = new Runner().run(read(file(CONTAINERS, "{\"start\": \"40 ms\"}", 20)));
        RunResult constant = new Runner().run(read(file(CONTAINERS, "{\"start\": {\"constant\": \"40 ms\"}}", 20)));
        assertEquals(alone(plain.arms().get(0), PhaseKind.APP), alone(constant.arms().get(0), PhaseKind.APP));
        assertEquals(plain.arms().get(0).summary().startup().p50(), constant.arms().get(0).summary().startup().p50());
    }

    @Test
    void showPrintsTheDistribution() throws Exception {
        Scenario scenario = read(file(MICROVMS.formatted("{\"empirical\": [\"100 ms\", \"120 ms\", \"180 ms\"]}"),
                "{\"start\": {\"normal\": {\"mean\": \"50 ms\", \"sd\": \"10 ms\"}}}", 1));
        List<String> shown = EffectiveValues.of(scenario).stream().map(v -> v.path() + " = " + v.value()).toList();
        assertTrue(shown.contains("stacks[0].guestOs.phases.kernel = empirical, 3 values from 100 ms to 180 ms"
                + " (mean 130 ms)"), String.join("\n", shown));
        EffectiveValue app = EffectiveValues.of(scenario).stream()
                .filter(v -> v.path().equals("workload.app.phases.app")).findFirst().orElseThrow();
        assertTrue(app.value().startsWith("normal, mean 50 ms, sd 10 ms, truncated at 0"), app.value());
    }

    @Test
    void aBadDistributionIsOneProblemWithItsPlace() {
        String start = "{\"start\": %s}";
        assertProblem(start.formatted("{\"lognormall\": {\"median\": \"1 s\", \"p99\": \"2 s\"}}"),
                "$.workload.appOverrides.start.lognormall: `lognormall` is not a field", "did you mean `lognormal`?");
        assertProblem(start.formatted("{\"lognormal\": {\"median\": \"1 s\", \"p99\": \"500 ms\"}}"),
                "$.workload.appOverrides.start.lognormal.p99: `p99` must be above the `median` (1 s)");
        assertProblem(start.formatted("{\"uniform\": {\"min\": \"1 s\"}}"),
                "$.workload.appOverrides.start.uniform", "max");
        assertProblem(start.formatted("{\"uniform\": {\"min\": \"1 s\", \"max\": \"1 s\"}, \"constant\": \"1 s\"}"),
                "$.workload.appOverrides.start: `start` is one distribution; it names 2");
        assertProblem(start.formatted("{\"empirical\": [\"1 s\", \"2 parsecs\"]}"),
                "$.workload.appOverrides.start.empirical[1]");
        assertProblem(start.formatted("{}"), "$.workload.appOverrides.start: `start` names no distribution");
    }

    private static void assertProblem(String appOverrides, String... parts) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> read(file(CONTAINERS, appOverrides, 1)));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), part + " in: " + e.getMessage());
        }
        assertTrue(e.getMessage().startsWith("vary.json:"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one problem: " + e.getMessage());
    }
}
