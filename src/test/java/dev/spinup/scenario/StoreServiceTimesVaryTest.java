package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A control-plane store's service times as distributions (issue 13 §8, `overrides.stores`): each instance's
 * operation draws its own from that store's streams, the same draw on every arm (common random numbers), and a
 * constant is exactly the fixed value.
 */
class StoreServiceTimesVaryTest {

    @TempDir
    Path folder;

    /** Two Xen arms with different guests, 200 VMs, one create every 20 s, so no create queues behind another. */
    private static String xen(String terms) {
        return xen(terms, terms);
    }

    private static String xen(String first, String second) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "XenStore varies"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "256 GiB"}]},
                  "stacks": [{"id": "unikernels", "kind": "vm", "hypervisor": "xen", "guestOs": "mini-os",
                              "vcpus": 1, "memory": "32 MiB", "overrides": {"stores": {"xenstore": %1$s}}},
                             {"id": "linux", "kind": "vm", "hypervisor": "xen", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "256 MiB", "overrides": {"stores": {"xenstore": %2$s}}}],
                  "workload": {"app": "hello", "instances": 200, "arrival": {"pattern": "staggered", "every": "20 s"}}
                }
                """.formatted(first, second);
    }

    private static List<Long> toolstack(ArmResult arm, boolean alone) {
        List<Long> out = new ArrayList<>();
        for (InstanceResult i : arm.instances()) {
            out.add(i.phases().stream().filter(p -> p.kind() == PhaseKind.TOOLSTACK)
                    .mapToLong(p -> alone ? p.aloneNanos() : p.durationNanos()).sum());
        }
        return out;
    }

    @Test
    void eachCreateDrawsItsServiceTimeAndBothArmsDrawTheSame() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "x.json",
                xen("{\"perRequest\": {\"lognormal\": {\"median\": \"100 us\", \"p99\": \"400 us\"}}}"));
        RunResult result = new Runner().run(file.scenario());
        List<Long> unikernels = toolstack(result.arms().get(0), true);
        assertEquals(unikernels, toolstack(result.arms().get(1), true), "instance k's create is as fast on both arms");
        assertEquals(toolstack(result.arms().get(0), false), toolstack(result.arms().get(1), false));
        // alone: 150 ms of domain building, then 177 requests at the drawn service time
        Tally perRequestMicros = new Tally();
        unikernels.forEach(n -> perRequestMicros.add((n - 150e6) / 177 / 1e3));
        assertTrue(perRequestMicros.min() < 80 && perRequestMicros.max() > 150,
                "service times from " + perRequestMicros.min() + " to " + perRequestMicros.max() + " us");
        assertEquals(100, perRequestMicros.percentile(0.5), 15, "the median request");
        List<String> shown = file.effectiveValues().stream().map(EffectiveValue::toString).toList();
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("stacks[0].hypervisor.stores.xenstore = 177 requests"
                + " + 3 per live instance, each lognormal, median 100 us, p99 400 us (mean 1")
                && l.endsWith(" + 4.07 us per live instance  [L] lesson-setting")), shown::toString);
    }

    @Test
    void aVaryingGrowthMakesTheFullStoreSlowerForSomeCreatesThanOthers() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "g.json",
                xen("{\"perRequestPerEntry\": {\"uniform\": {\"min\": \"0 us\", \"max\": \"40 us\"}}}"));
        RunResult result = new Runner().run(file.scenario());
        List<Long> took = toolstack(result.arms().get(0), false);
        assertEquals(took, toolstack(result.arms().get(1), false));
        // with n domains running, (177 + 3n) requests of 100 us + drawn × n: bounded by the uniform's ends
        for (int n = 1; n < took.size(); n++) {
            double low = 150e6 + (177 + 3 * n) * 100e3;
            double high = 150e6 + (177 + 3 * n) * (100e3 + 40e3 * n);
            assertTrue(took.get(n) >= low - 1e3 && took.get(n) <= high + 1e3, "create " + n + ": " + took.get(n));
        }
        assertEquals(took.get(0), toolstack(result.arms().get(0), true).get(0), "the first finds an empty store");
        long distinct = took.stream().distinct().count();
        assertTrue(distinct == took.size(), "each create its own growth: " + took);
        List<String> shown = file.effectiveValues().stream().map(EffectiveValue::toString).toList();
        assertTrue(shown.contains("stacks[1].hypervisor.stores.xenstore = 177 requests + 3 per live instance, each"
                + " 100 us + uniform from 0 ns to 40 us (mean 20 us) per live instance  [L] lesson-setting"),
                shown::toString);
    }

    @Test
    void aConstantIsExactlyTheFixedServiceTime() throws Exception {
        RunResult fixed = new Runner().run(ScenarioFiles.read(folder, "f.json",
                xen("{\"perRequest\": \"130 us\", \"perRequestPerEntry\": \"5 us\"}")).scenario());
        RunResult constant = new Runner().run(ScenarioFiles.read(folder, "c.json",
                xen("{\"perRequest\": {\"constant\": \"130 us\"}, \"perRequestPerEntry\": {\"constant\": \"5 us\"}}"))
                .scenario());
        for (int arm = 0; arm < 2; arm++) {
            assertEquals(toolstack(fixed.arms().get(arm), false), toolstack(constant.arms().get(arm), false));
            assertEquals(fixed.arms().get(arm).summary().startup().p99(),
                    constant.arms().get(arm).summary().startup().p99());
        }
        assertEquals(150_000_000L + 177 * 130_000L, toolstack(fixed.arms().get(0), false).get(0));
    }

    @Test
    void containersDrawTheirEngineDaemonHoldTheSameOnEveryArm() throws Exception {
        String lock = "{\"network-namespace-lock\": {\"perRequest\": {\"empirical\": [\"10 ms\", \"30 ms\","
                + " \"200 ms\"]}}}";
        String text = """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Namespace lock varies"},
                  "stacks": [{"id": "runc", "kind": "container", "runtime": "docker-runc",
                              "overrides": {"stores": %1$s}},
                             {"id": "crun", "kind": "container", "runtime": "containerd-crun",
                              "overrides": {"stores": %1$s}}],
                  "workload": {"app": "hello", "instances": 30, "arrival": {"pattern": "staggered", "every": "5 s"}}
                }
                """.formatted(lock);
        RunResult result = new Runner().run(ScenarioFiles.read(folder, "n.json", text).scenario());
        Tally runc = new Tally();
        for (int k = 0; k < 30; k++) {
            long a = network(result.arms().get(0).instances().get(k));
            long b = network(result.arms().get(1).instances().get(k));
            runc.add(a / 1e6);
            // the namespace's other work draws from each stack's own stream, so only the lock's hold is shared:
            // 10 to 200 ms held, 30 ms of the rest at most between the two stacks' random waits
            assertEquals(a, b, 30e6, "instance " + k + ": " + a + " vs " + b);
        }
        assertTrue(runc.max() - runc.min() > 100, "network phases from " + runc.min() + " to " + runc.max() + " ms");
    }

    private static long network(InstanceResult i) {
        return i.phases().stream().filter(p -> p.kind() == PhaseKind.NETWORK).mapToLong(PhaseRecord::aloneNanos).sum();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"perRequest\": {\"lognormal\": {\"median\": \"-1 us\", \"p99\": \"2 us\"}}} | $.stacks[0].overrides.stores.xenstore.perRequest.lognormal.median",
        "{\"perRequest\": {\"lognormal\": {\"median\": \"2 us\", \"p99\": \"1 us\"}}}  | $.stacks[0].overrides.stores.xenstore.perRequest.lognormal.p99",
        "{\"perRequestPerEntry\": {\"uniform\": {\"min\": \"1 us\"}}}                | $.stacks[0].overrides.stores.xenstore.perRequestPerEntry.uniform",
        "{\"perRequest\": {\"gamma\": {\"shape\": 2}}}                               | $.stacks[0].overrides.stores.xenstore.perRequest.gamma",
        "{\"perRequest\": {}}                                                        | $.stacks[0].overrides.stores.xenstore.perRequest",
    })
    void oneMistakeIsOneErrorNamingFileLineAndPath(String terms, String path) throws Exception {
        String text = xen(terms, "{}");
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("bad\\.json:\\d+:.*") && problems.get(0).contains(path),
                problems::toString);
    }
}
