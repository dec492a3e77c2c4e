package dev.spinup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.runtime.GuestOsCapping;
import dev.spinup.model.runtime.GuestOsFit;
import dev.spinup.model.runtime.StartupPlanner;
import dev.spinup.run.Runner;
import dev.spinup.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spinup show} marks a guest OS size whose draws the model will cap, on that value's line, with the share
 * the model computes, and that share is what a run then caps; a size that fits, or is fixed, is not marked.
 */
class ShowGuestOsCapTest {

    @TempDir
    Path dir;

    private static final String TAILED = "{\"lognormal\": {\"median\": \"700 MiB\", \"p99\": \"1.5 GiB\"}}";

    private Path scenario(String guestOs, int instances) throws Exception {
        Path file = dir.resolve("guest-" + Integer.toHexString(guestOs.hashCode()) + "-" + instances + ".json");
        Files.writeString(file, """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Guest OS draws"},
                  "hardware": {"hosts": [{"cores": 64, "memory": "512 GiB", "hostOsMemory": "1 GiB",
                                          "vcpuOvercommit": 16}]},
                  "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "firecracker", "guestOs": "minimal-linux",
                              "vcpus": 1, "memory": "1 GiB", "admitBy": "use",
                              "overrides": {"guestOsMemory": %s}}],
                  "workload": {"app": "hello", "instances": %d}
                }
                """.formatted(guestOs, instances));
        return file;
    }

    private static List<String> guestOsLines(CliTest.Outcome show) {
        return show.out().lines().filter(l -> l.startsWith("stacks[0].guestOs.memory = ")).toList();
    }

    @Test
    void aGuestOsWhoseTailExceedsWhatTheRamLeavesIsMarkedWithTheShareARunCaps() throws Exception {
        Path file = scenario(TAILED, 4000);
        CliTest.Outcome show = CliTest.spinup("show", file.toString());
        assertEquals(0, show.exit(), show.err());
        List<String> lines = guestOsLines(show);
        assertEquals(1, lines.size(), show.out());
        String line = lines.get(0);
        assertTrue(line.startsWith("stacks[0].guestOs.memory = lognormal, median 700 MiB, p99 1.5 GiB"), line);
        assertTrue(line.matches(".*\\[L] lesson-setting  ⚠ [0-9.]+ % of draws exceed the [0-9.]+ MiB the RAM leaves"
                + " and are capped$"), line);
        assertEquals(1, show.out().split("are capped", -1).length - 1, "only that value is marked: " + show.out());

        Scenario scenario = ScenarioArgument.load(file.toString()).scenario();
        GuestOsFit fit = StartupPlanner.guestOsFit(scenario.stacks().get(0).spec(), scenario.workload().app())
                .orElseThrow();
        long percent = Math.round(100 * fit.shareCapped());
        assertTrue(line.contains("⚠ " + percent + " % of draws"), percent + " % in " + line);
        // What the run caps: 4 000 draws give the share within four standard errors (about 2.3 points).
        GuestOsCapping capped = new Runner().run(scenario).arms().get(0).summary().guestOs();
        double share = capped.capped() / (double) capped.drawn();
        double error = Math.sqrt(fit.shareCapped() * (1 - fit.shareCapped()) / capped.drawn());
        assertEquals(fit.shareCapped(), share, 4 * error, capped + " against " + fit);
        assertTrue(capped.any(), "the run caps some: " + capped);
    }

    @Test
    void aGuestOsThatFitsOrDoesNotVaryIsNotMarked() throws Exception {
        CliTest.Outcome fits = CliTest.spinup("show",
                scenario("{\"normal\": {\"mean\": \"300 MiB\", \"sd\": \"20 MiB\"}}", 40).toString());
        assertEquals(0, fits.exit(), fits.err());
        assertEquals(1, guestOsLines(fits).size(), fits.out());
        assertFalse(fits.out().contains("⚠"), fits.out());
        CliTest.Outcome fixed = CliTest.spinup("show", scenario("\"900 MiB\"", 40).toString());
        assertEquals(0, fixed.exit(), fixed.err());
        assertFalse(fixed.out().contains("⚠"), "a fixed size is never capped per draw: " + fixed.out());
        CliTest.Outcome hello = CliTest.spinup("show", "hello");
        assertFalse(hello.out().contains("⚠"), hello.out());
    }
}
