package dev.spinup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.spinup.cli.CliTest.spinup;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.ExportsReadBack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spinup sweep} end to end: the files it writes, read back as a user's tools would. */
class SweepCommandTest {

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d[eE][+-]?\\d");

    @TempDir
    Path dir;

    @Test
    void theReadmesExampleSweepsRunOnHello() throws Exception {
        String row = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| `spinup sweep"))
                .findFirst().orElseThrow();
        Matcher example = Pattern.compile("`\"?([\\w.\\[\\]]+=[^`\"]+\\.\\.[^`\"]+)\"?`").matcher(row);
        List<String> examples = new ArrayList<>();
        while (example.find()) {
            examples.add(example.group(1));
        }
        assertTrue(examples.size() >= 2, row);
        for (String vary : examples) {
            CliTest.Outcome o = spinup("sweep", "hello", "--vary", vary, "--steps", "2", "--replications", "1",
                    "--format", "csv", "--out", dir.resolve("readme-" + examples.indexOf(vary)).toString());
            assertEquals(0, o.exit(), vary + ": " + o.err());
        }
    }

    @Test
    void anEvenSweepOfInstancesIsLinearNamedInWordsAndShowsTheRefusedAsRefused() throws Exception {
        Path out = dir.resolve("instances");
        CliTest.Outcome o = spinup("sweep", "hello", "--vary", "workload.instances=1..300", "--steps", "4",
                "--replications", "1", "--format", "svg,csv", "--size", "1280x720", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        List<String> texts = ExportsReadBack.svgTexts(Files.readAllBytes(out.resolve("sweep-startup-p50.svg")));
        assertTrue(texts.contains("Instances asked for"), texts.toString());
        assertTrue(texts.contains("Median start-up vs instances asked for"), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("Workload.instances") || t.contains("log scale")),
                texts.toString());
        assertTrue(texts.contains("VM (KVM + Ubuntu), some refused"), "one host fits ~56 VMs: " + texts);
        assertFalse(texts.contains("Container (Docker), some refused"), "every container started: " + texts);
        List<Map<String, String>> rows = ExportsReadBack.csv(Files.readAllBytes(out.resolve("sweep-startup-p50.csv")));
        Map<String, String> vmAt300 = rows.stream().filter(r -> r.get("stack_id").equals("vm")
                && r.get("value").equals("300")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(vmAt300.get("refused")) > 200, vmAt300.toString());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("300 ") && l.contains(" refused")), o.out());
    }

    @Test
    void aSweepOfTheNodeCountChartsWhenEveryPodIsReadyAndThePendingPods() throws Exception {
        // 300 pods of 250 m: two 16-core nodes (15 760 m allocatable each) hold 126, so the scale-out never
        // completes; ten and more hold them all. Fewer nodes, more pods wait.
        Path out = dir.resolve("nodes");
        CliTest.Outcome o = spinup("sweep", "k8s-scale-out", "--vary", "hardware.hosts[0].count=2..20", "--steps", "3",
                "--metric", "PODS_ALL_READY,PODS_PENDING_MAX", "--format", "svg,csv", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        List<String> texts = ExportsReadBack.svgTexts(Files.readAllBytes(out.resolve("sweep-pods-all-ready.svg")));
        assertTrue(texts.contains("Time until every wanted pod is ready vs hosts"), texts.toString());
        // CSV columns: parameter, x, value, stack_id, stack, metric, mean, ...; a point with no value has no row.
        List<String> ready = Files.readAllLines(out.resolve("sweep-pods-all-ready.csv"));
        assertEquals(List.of("11", "20"), ready.stream().skip(1).map(l -> l.split(",")[1]).toList(),
                "two nodes never hold 300 pods: " + ready);
        List<String> pending = Files.readAllLines(out.resolve("sweep-pods-pending-max.csv"));
        double fewNodes = Double.parseDouble(pending.get(1).split(",")[6]);
        double manyNodes = Double.parseDouble(pending.get(3).split(",")[6]);
        assertTrue(pending.get(1).split(",")[1].equals("2") && fewNodes > manyNodes, pending.toString());
    }

    @Test
    void aGeometricSweepSaysItsAxisIsLogarithmic() throws Exception {
        Path out = dir.resolve("geometric");
        CliTest.Outcome o = spinup("sweep", "hello", "--vary", "workload.instances=1..100", "--steps", "3", "--geometric",
                "--replications", "1", "--format", "svg", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        List<String> texts = ExportsReadBack.svgTexts(Files.readAllBytes(out.resolve("sweep-startup-p50.svg")));
        assertTrue(texts.contains("Instances asked for (log scale)"), texts.toString());
    }

    @Test
    void aLabelNamingTheSweptValueFollowsItAndCountsAreNeverScientific() throws Exception {
        Path out = dir.resolve("memory");
        CliTest.Outcome o = spinup("sweep", "density", "--vary", "stacks[0].memory=512 MiB..2 GiB", "--steps", "2",
                "--replications", "1", "--metric", "READY", "--format", "svg,csv", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        List<String> texts = ExportsReadBack.svgTexts(Files.readAllBytes(out.resolve("sweep-ready.svg")));
        assertTrue(texts.contains("VMs (KVM + Ubuntu, 512 MiB\u20132 GiB), some refused"), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("1 GiB")), "the lesson's 1 GiB is not what ran: " + texts);
        assertTrue(texts.contains("Guest RAM per VM of VMs (KVM + Ubuntu) (GiB)"), texts.toString());
        assertTrue(texts.contains("1 400"), "the containers' count tick, grouped: " + texts);
        for (String text : texts) {
            assertFalse(SCIENTIFIC.matcher(text).find(), text);
        }
        assertFalse(SCIENTIFIC.matcher(o.out()).find(), o.out());
        assertTrue(o.out().contains("1 400"), o.out());
    }
}
