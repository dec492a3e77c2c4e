package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.ScenarioLimits;
import dev.spinup.scenario.ScenarioReader;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * "What validate accepts, run completes", near every limit at once: scenarios whose arrivals end just inside a
 * week, whose Poisson rate is barely fast enough, whose hosts are as large or links as slow as allowed, whose
 * phases take a day, whose seeds are extreme. Whatever the reader accepts must run to the end on every stack with
 * no exception; whatever it refuses must be refused as a problem of the file. Most generated files are accepted
 * (the statistics show the share), so the property is about running, not about refusing.
 */
class NearLimitsProperties {

    private static final long WEEK_SECONDS = ScenarioLimits.MAX_HORIZON.toSeconds();

    @Property(tries = 120)
    void whatTheReaderAcceptsRunsToTheEnd(@ForAll("nearTheLimits") JsonObject file) {
        Statistics.label("outcome").coverage(check -> check.check("run").percentage(p -> p >= 50));
        Scenario scenario;
        try {
            scenario = new ScenarioReader().read("near.json", file.toString()).scenario();
        } catch (ScenarioFileException refused) {
            Statistics.label("outcome").collect("refused");
            assertFalse(refused.problems().isEmpty());
            refused.problems().forEach(p -> assertTrue(p.toString().startsWith("near.json:"), p.toString()));
            return;
        }
        Statistics.label("outcome").collect("run");
        RunResult result = new Runner().run(scenario);
        assertEquals(scenario.stacks().size(), result.arms().size());
        for (ArmResult arm : result.arms()) {
            assertEquals(scenario.replications(), arm.replications().size());
            assertTrue(arm.endNanos() >= 0, "the clock never wrapped");
        }
    }

    @Provide
    Arbitrary<JsonObject> nearTheLimits() {
        Arbitrary<Integer> instances = Arbitraries.integers().between(0, 4);
        Arbitrary<String> arrival = Arbitraries.of("all", "staggered", "ramp", "poisson");
        Arbitrary<Double> slack = Arbitraries.of(0.5, 0.99, 0.999999, 1.0, 1.000001, 1.5);
        Arbitrary<String> host = Arbitraries.of("huge", "tiny-links", "fast-links", "default", "many-cores");
        Arbitrary<String> extremes = Arbitraries.of("none", "day-long-start", "week-horizon", "last-action", "seeds");
        Arbitrary<Integer> stacks = Arbitraries.integers().between(1, 3);
        return Combinators.combine(instances, arrival, slack, host, extremes, stacks)
                .as(NearLimitsProperties::scenario);
    }

    private static JsonObject scenario(int instances, String arrival, double slack, String host, String extreme,
                                       int stackCount) {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", 1);
        JsonObject lesson = new JsonObject();
        lesson.addProperty("title", "near the limits");
        root.add("lesson", lesson);
        JsonArray stacks = new JsonArray();
        List<String> runtimes = List.of("docker-runc", "containerd-crun", "docker-gvisor");
        for (int i = 0; i < stackCount; i++) {
            JsonObject stack = new JsonObject();
            stack.addProperty("id", "s" + i);
            stack.addProperty("kind", "container");
            stack.addProperty("runtime", runtimes.get(i));
            stacks.add(stack);
        }
        if (stackCount == 3) {
            JsonObject vm = new JsonObject();
            vm.addProperty("id", "vm");
            vm.addProperty("kind", "vm");
            vm.addProperty("hypervisor", "firecracker");
            vm.addProperty("guestOs", "minimal-linux");
            vm.addProperty("vcpus", 1);
            vm.addProperty("memory", "128 MiB");
            stacks.set(2, vm);
        }
        root.add("stacks", stacks);
        JsonObject workload = new JsonObject();
        workload.addProperty("app", "hello");
        workload.addProperty("instances", instances);
        JsonObject pattern = new JsonObject();
        switch (arrival) {
            case "staggered" -> {
                pattern.addProperty("pattern", "staggered");
                long every = instances < 2 ? 86_400 : Math.max(1, (long) (WEEK_SECONDS * slack / (instances - 1)));
                pattern.addProperty("every", Math.min(every, 86_400) + " s");
            }
            case "ramp" -> {
                pattern.addProperty("pattern", "ramp");
                pattern.addProperty("over", "24 h");
            }
            case "poisson" -> {
                pattern.addProperty("pattern", "poisson");
                pattern.addProperty("perSecond", Math.max(1, instances) / (WEEK_SECONDS * slack));
            }
            default -> pattern.addProperty("pattern", "all-at-once");
        }
        workload.add("arrival", pattern);
        JsonObject hardware = new JsonObject();
        JsonObject hostObject = new JsonObject();
        switch (host) {
            case "huge" -> {
                hostObject.addProperty("memory", "64 TiB");
                hostObject.addProperty("cores", ScenarioLimits.MAX_CORES);
            }
            case "tiny-links" -> {
                // the hello image over 1 kbit/s would take weeks: the reader must refuse it, not run it
                hostObject.addProperty("network", "1 kbit/s");
                workload.addProperty("cache", "cold");
            }
            case "fast-links" -> {
                hostObject.addProperty("network", "10 Tbit/s");
                JsonObject disk = new JsonObject();
                disk.addProperty("bandwidth", "10 Tbit/s");
                disk.addProperty("iops", 1e9);
                hostObject.add("disk", disk);
                workload.addProperty("cache", "cold");
            }
            case "many-cores" -> {
                hostObject.addProperty("cores", 1);
                hostObject.addProperty("count", 3);
            }
            default -> {
            }
        }
        JsonArray hosts = new JsonArray();
        hosts.add(hostObject);
        hardware.add("hosts", hosts);
        root.add("hardware", hardware);
        switch (extreme) {
            case "day-long-start" -> {
                JsonObject overrides = new JsonObject();
                overrides.addProperty("start", "24 h");
                workload.add("appOverrides", overrides);
            }
            case "week-horizon" -> root.addProperty("horizon", "168 h");
            case "last-action" -> {
                JsonArray timeline = new JsonArray();
                JsonObject action = new JsonObject();
                action.addProperty("at", "168 h");
                action.addProperty("action", "start");
                action.addProperty("count", 2);
                timeline.add(action);
                root.add("timeline", timeline);
            }
            case "seeds" -> {
                root.addProperty("seed", Long.MIN_VALUE);
                root.addProperty("replications", 3);
            }
            default -> {
            }
        }
        root.add("workload", workload);
        return root;
    }
}
