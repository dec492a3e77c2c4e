package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.image.Registry;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.Runner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's bandwidth and per-download rate may be distributions (issue 13 §8): it is one registry, so a run
 * draws each once, from substream 0 of {@code registry/bandwidth} and {@code registry/per-download}, the same on
 * every arm, as an uncertain image layer is drawn once per run.
 */
class RegistryRatesVaryTest {

    @TempDir
    Path folder;

    private static String scenario(long seed, String perDownload) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Registry varies"},
                  "seed": %d,
                  "hardware": {"registry": {"bandwidth": "1 GB/s", "perDownload": %s}},
                  "stacks": [{"id": "docker", "kind": "container", "runtime": "docker-runc"},
                             {"id": "containerd", "kind": "container", "runtime": "containerd-crun"}],
                  "workload": {"app": "nginx", "instances": 1, "cache": "cold"}
                }
                """.formatted(seed, perDownload);
    }

    private static final String SLOW_TO_FAST = "{\"uniform\": {\"min\": \"2 MB/s\", \"max\": \"60 MB/s\"}}";

    private static long pull(InstanceResult i) {
        PhaseRecord p = i.phases().stream().filter(r -> r.kind() == PhaseKind.IMAGE_PULL).findFirst().orElseThrow();
        return p.endNanos() - p.startNanos();
    }

    /** The per-download rate {@code scenario}'s run draws: a registry built from the same spec and seed. */
    private static double drawnPerDownload(Scenario scenario) {
        return new Registry(new Simulation(), scenario.registry(), new RandomStreams(scenario.seed())).egress()
                .perJobCapPerNano() * 1e9;
    }

    @Test
    void aRunDrawsTheRateOnceAndASlowerDrawPullsSlower() throws Exception {
        record Seeded(double rate, long dockerPull, long containerdPull) {
        }
        List<Seeded> runs = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            Scenario s = ScenarioFiles.read(folder, "r" + seed + ".json", scenario(seed, SLOW_TO_FAST)).scenario();
            List<ArmResult> arms = new Runner().run(s).arms();
            double rate = drawnPerDownload(s);
            assertTrue(rate >= 2e6 && rate <= 60e6, "drawn within the uniform: " + rate);
            runs.add(new Seeded(rate, pull(arms.get(0).instances().get(0)), pull(arms.get(1).instances().get(0))));
        }
        assertEquals(5, runs.stream().map(Seeded::rate).distinct().count(), "each seed its own registry");
        runs.sort(Comparator.comparingDouble(Seeded::rate));
        for (int i = 1; i < runs.size(); i++) {
            assertTrue(runs.get(i).dockerPull() < runs.get(i - 1).dockerPull(), "a faster registry pulls faster: "
                    + runs);
            assertTrue(runs.get(i).containerdPull() < runs.get(i - 1).containerdPull(), "on both stacks: " + runs);
        }
    }

    @Test
    void aConstantIsTheFixedRateAndShowPrintsTheDistribution() throws Exception {
        Scenario fixed = ScenarioFiles.read(folder, "f.json", scenario(3, "\"20 MB/s\"")).scenario();
        Scenario constant = ScenarioFiles.read(folder, "c.json", scenario(3, "{\"constant\": \"20 MB/s\"}")).scenario();
        assertEquals(fixed.registry(), constant.registry());
        assertEquals(pull(new Runner().run(fixed).arms().get(0).instances().get(0)),
                pull(new Runner().run(constant).arms().get(0).instances().get(0)));
        List<String> shown = ScenarioFiles.read(folder, "s.json", scenario(3, SLOW_TO_FAST)).effectiveValues()
                .stream().map(Object::toString).toList();
        assertTrue(shown.contains("hardware.registry.perDownload = uniform from 2 MB/s to 60 MB/s (mean 31 MB/s,"
                + " one draw per run)  [L] lesson-setting"), shown::toString);
    }

    @Test
    void aP99BelowTheMedianIsOneErrorWithItsPath() throws Exception {
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", scenario(1,
                "{\"lognormal\": {\"median\": \"40 MB/s\", \"p99\": \"10 MB/s\"}}"));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("bad\\.json:\\d+:.*")
                && problems.get(0).contains("$.hardware.registry.perDownload.lognormal.p99"), problems::toString);
    }
}
