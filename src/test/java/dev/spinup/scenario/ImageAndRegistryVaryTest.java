package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataSize;
import dev.spinup.model.image.ImageLayer;
import dev.spinup.model.image.PullReport;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A declared layer's sizes and the registry's manifest latency as distributions (issue 13 §8): the registry holds
 * one copy of a layer, so a run draws its size once (every host and every arm pulls the same bytes; another seed,
 * another draw), while each pull draws its own manifest wait, instance k from substream k on every arm.
 */
class ImageAndRegistryVaryTest {

    private static final int HOSTS = 12;

    @TempDir
    Path folder;

    private static String scenario(int seed, String manifest, String layer) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Images vary"},
                  "seed": %1$d,
                  "hardware": {"hosts": [{"name": "node", "count": %4$d}],
                               "registry": {"manifestLatency": %2$s}},
                  "images": [{"reference": "shop/cart:1.0", "base": "alpine:3.20",
                              "layers": [{"instruction": "COPY app /app", %3$s}]}],
                  "stacks": [{"id": "runc", "kind": "container", "runtime": "docker-runc"},
                             {"id": "crun", "kind": "container", "runtime": "containerd-crun"}],
                  "workload": {"app": "hello", "image": "shop/cart:1.0", "instances": %4$d, "cache": "cold",
                               "placement": "round-robin"}
                }
                """.formatted(seed, manifest, layer, HOSTS);
    }

    private static Optional<PullReport> pull(InstanceResult i) {
        return i.phases().stream().filter(p -> p.kind() == PhaseKind.IMAGE_PULL).flatMap(p -> p.pull().stream())
                .flatMap(p -> p.report().stream()).findFirst();
    }

    /** The app layer as pulled by each instance: one per host, each the first to need it there. */
    private static List<ImageLayer> appLayers(ArmResult arm) {
        List<ImageLayer> out = new ArrayList<>();
        for (InstanceResult i : arm.instances()) {
            PullReport report = pull(i).orElseThrow(() -> new AssertionError(i.id() + " pulled nothing"));
            out.add(report.layers().get(report.layers().size() - 1).layer());
        }
        return out;
    }

    private static List<Long> manifestWaits(ArmResult arm) {
        return arm.instances().stream().map(i -> pull(i).orElseThrow().manifestNanos()).toList();
    }

    @Test
    void aRunDrawsTheLayerOnceTheSameOnEveryHostAndArmAndAnotherSeedDrawsAnother() throws Exception {
        String layer = "\"size\": {\"lognormal\": {\"median\": \"200 MB\", \"p99\": \"800 MB\"}}";
        Set<Long> sizes = new HashSet<>();
        for (int seed = 1; seed <= 4; seed++) {
            RunResult result = new Runner().run(ScenarioFiles.read(folder, "i" + seed + ".json",
                    scenario(seed, "\"300 ms\"", layer)).scenario());
            List<ImageLayer> runc = appLayers(result.arms().get(0));
            assertEquals(runc, appLayers(result.arms().get(1)), "both arms pull the same layer");
            assertEquals(1, runc.stream().distinct().count(), "every host of the run pulls the same bytes: " + runc);
            ImageLayer drawn = runc.get(0);
            assertEquals(Math.round(drawn.uncompressed().bytes() * 0.4), drawn.compressed().bytes(), 1.0,
                    "the download follows the drawn size at 40 %");
            sizes.add(drawn.uncompressed().bytes());
        }
        assertEquals(4, sizes.size(), "each seed its own draw: " + sizes);
        assertTrue(sizes.stream().allMatch(b -> b > 20e6 && b < 4e9), sizes::toString);
        ScenarioFile file = ScenarioFiles.read(folder, "show.json", scenario(1, "\"300 ms\"", layer));
        List<String> shown = file.effectiveValues().stream().map(EffectiveValue::toString).toList();
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("workload.image.layers[1].size = lognormal, median"
                + " 200 MB, p99 800 MB (mean ")), shown::toString);
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("workload.image.layers[1].compressed = 40 % of the"
                + " drawn size (mean ")), shown::toString);
    }

    @Test
    void eachPullDrawsItsManifestWaitTheSameOnEveryArm() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "m.json", scenario(3,
                "{\"uniform\": {\"min\": \"100 ms\", \"max\": \"900 ms\"}}", "\"size\": \"50 MB\""));
        RunResult result = new Runner().run(file.scenario());
        List<Long> runc = manifestWaits(result.arms().get(0));
        assertEquals(runc, manifestWaits(result.arms().get(1)), "pull k waits as long on both arms");
        assertTrue(runc.stream().distinct().count() == HOSTS, "each pull its own wait: " + runc);
        assertTrue(runc.stream().allMatch(n -> n >= 100_000_000 && n <= 900_000_000), runc::toString);
        List<String> shown = file.effectiveValues().stream().map(EffectiveValue::toString).toList();
        assertTrue(shown.contains("hardware.registry.manifestLatency = uniform from 100 ms to 900 ms (mean 500 ms)"
                + "  [L] lesson-setting"), shown::toString);
    }

    @Test
    void constantsAreExactlyTheFixedValues() throws Exception {
        RunResult fixed = new Runner().run(ScenarioFiles.read(folder, "f.json",
                scenario(2, "\"250 ms\"", "\"size\": \"120 MB\", \"compressed\": \"50 MB\"")).scenario());
        RunResult constant = new Runner().run(ScenarioFiles.read(folder, "c.json", scenario(2,
                "{\"constant\": \"250 ms\"}", "\"size\": {\"constant\": \"120 MB\"}, \"compressed\": {\"constant\":"
                        + " \"50 MB\"}")).scenario());
        for (int arm = 0; arm < 2; arm++) {
            assertEquals(appLayers(fixed.arms().get(arm)), appLayers(constant.arms().get(arm)));
            assertEquals(manifestWaits(fixed.arms().get(arm)), manifestWaits(constant.arms().get(arm)));
            assertEquals(fixed.arms().get(arm).summary().startup().p99(),
                    constant.arms().get(arm).summary().startup().p99());
        }
        ImageLayer layer = appLayers(fixed.arms().get(0)).get(0);
        assertEquals(DataSize.ofMB(120), layer.uncompressed());
        assertEquals(DataSize.ofMB(50), layer.compressed());
        assertTrue(manifestWaits(fixed.arms().get(0)).stream().allMatch(n -> n == 250_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"300 ms\" | \"size\": {\"lognormal\": {\"median\": \"-5 MB\", \"p99\": \"10 MB\"}} | $.images[0].layers[0].size.lognormal.median",
        "\"300 ms\" | \"size\": \"5 MB\", \"compressed\": {\"uniform\": {\"min\": \"2 MB\"}}  | $.images[0].layers[0].compressed.uniform",
        "\"300 ms\" | \"compressed\": \"5 MB\"                                            | $.images[0].layers[0]",
        "{\"uniform\": {\"min\": \"1 s\", \"max\": \"10 ms\"}} | \"size\": \"5 MB\"        | $.hardware.registry.manifestLatency.uniform.max",
        "{\"lognormal\": {\"median\": \"1 s\"}}              | \"size\": \"5 MB\"          | $.hardware.registry.manifestLatency.lognormal",
    })
    void oneMistakeIsOneErrorNamingFileLineAndPath(String manifest, String layer, String path) throws Exception {
        List<String> problems = ScenarioFiles.problems(folder, "bad.json", scenario(1, manifest, layer));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("bad\\.json:\\d+:.*") && problems.get(0).contains(path),
                problems::toString);
    }
}
