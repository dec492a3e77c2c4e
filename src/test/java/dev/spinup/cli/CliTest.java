package dev.spinup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.Lessons;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    /** What one invocation printed and returned. */
    record Outcome(int exit, String out, String err) {
    }

    static Outcome spinup(String... args) {
        CommandLine line = SpinupCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Test
    void runWritesTheLessonsChartsAndPrintsTheNumbers() throws Exception {
        Path out = dir.resolve("hello");
        Outcome o = spinup("run", "hello", "--out", out.toString(), "--format", "png,csv", "--size", "800x450",
                "--replications", "2");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("VM (KVM + Ubuntu)"), o.out());
        assertTrue(o.out().contains("Container (Docker)"), o.out());
        assertTrue(o.out().contains("the first of 2 runs"), o.out());
        int predict = o.out().indexOf("Predict before you look: ");
        int goals = o.out().indexOf("Goals:");
        int results = o.out().indexOf("Results: seed");
        assertTrue(goals >= 0 && predict > goals && results > predict, "goals and the question come first: " + o.out());
        assertTrue(o.out().contains("What happened: The VM needs "), o.out());
        int choice = o.out().indexOf("  c) 15 seconds\n");
        assertTrue(choice > predict && choice < results, "the choices under the question: " + o.out());
        assertTrue(o.out().indexOf("The answer, from this run: The VM was ready after ") > results, o.out());
        assertFalse(o.out().substring(results).contains("{"), "every placeholder rendered: " + o.out());
        assertTrue(o.out().contains("vm-1 was ready "), "narration for the typical instance: " + o.out());
        Path scripted = dir.resolve("scripted");
        Outcome script = spinup("run", "hello", "--no-predict", "--out", scripted.toString(), "--format", "csv");
        assertEquals(0, script.exit(), script.err());
        assertFalse(script.out().contains("Predict before you look"), script.out());
        assertTrue(Files.readString(scripted.resolve("figures.csv")).contains("vm.startup,vm,"), "figures.csv");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertTrue(summary.get(0).contains("stack"), summary.get(0));
        assertTrue(summary.size() > 2);
        BufferedImage png = ImageIO.read(out.resolve("boot-timeline.png").toFile());
        assertEquals(800, png.getWidth());
        assertEquals(450, png.getHeight());
        assertFalse(Files.exists(out.resolve("boot-timeline.svg")), "only the formats asked for");
    }

    @Test
    void validateSaysValidOrListsEveryProblemWithExitCodes() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"lesson\": {\"title\": \"x\"}, \"workload\": {\"instnaces\": 3}}");
        Outcome invalid = spinup("validate", "hello", bad.toString());
        assertEquals(1, invalid.exit());
        assertTrue(invalid.out().contains("hello: valid"), invalid.out());
        assertTrue(invalid.out().contains("bad.json:1:"), invalid.out());
        assertTrue(invalid.out().contains("did you mean `instances`?"), invalid.out());
        assertFalse(invalid.out().contains("Exception") || invalid.err().contains("\tat "), "no stack traces");
        assertEquals(0, spinup("validate", "hello", "density").exit());
        assertEquals(2, spinup("validate").exit(), "a usage error");
        assertEquals(2, spinup("run", "hello", "--theme", "neon").exit());
    }

    @Test
    void runningABrokenFileFailsWithItsProblemsNotAStackTrace() throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"seed\": \"many\"\n}\n");
        Outcome o = spinup("run", bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().contains("broken.json:3:"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
        Outcome missing = spinup("run", "no-such-lesson");
        assertEquals(1, missing.exit());
        assertFalse(missing.err().isBlank());
    }

    @Test
    void aWaitOfZeroPerCentIsNotWhatAStackWaitedOnMost() throws Exception {
        var lesson = Lessons.load("type1-vs-type2");
        var run = new dev.spinup.run.Runner().run(lesson.scenario());
        assertTrue(run.arms().stream().anyMatch(a -> !a.summary().waitedOn().isEmpty()),
                "the VMs shared the disk a little");
        String text = SummaryText.of(lesson, run);
        assertFalse(text.contains("(0 % of start-up)"), text);
        assertFalse(text.contains("about 0 others"), text);
        assertTrue(text.lines().filter(l -> l.contains(" 4 of 4 ")).allMatch(l -> l.endsWith("-")), text);
    }

    @Test
    void memoryHeldOncePerHostSaysOverHowManyHostsItIsSummed() throws Exception {
        var lesson = Lessons.load("k8s-scale-out");
        var run = new dev.spinup.run.Runner().run(lesson.scenario());
        var arm = run.arms().get(0);
        int hosts = arm.hosts().size();
        assertTrue(hosts > 1, "a cluster of several nodes");
        String text = SummaryText.of(lesson, run);
        String row = text.lines().filter(l -> l.startsWith(arm.stack().label())).findFirst().orElseThrow();
        assertTrue(row.contains(" on " + hosts + " hosts "), row);
        var helloFile = Lessons.load("hello");
        String hello = SummaryText.of(helloFile, new dev.spinup.run.Runner().run(helloFile.scenario()));
        assertFalse(hello.contains(" hosts "), "one host: the value alone: " + hello);
    }

    @Test
    void decimalMemoryIsWarnedOnceAndShowAndTheRunSayWhichUnitsWithTheBytes() throws Exception {
        Path file = dir.resolve("decimal.json");
        Files.writeString(file, """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "Decimal"},
                  "hardware": {"hosts": [{"name": "h", "memory": "32GB "}]},
                  "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "ubuntu-cloud",
                              "vcpus": 1, "memory": "512MB"}],
                  "workload": {"app": "nginx", "instances": 2}
                }
                """);
        Outcome validate = spinup("validate", file.toString());
        assertEquals(0, validate.exit(), validate.out());
        List<String> warnings = validate.out().lines().filter(l -> l.contains("decimal units")).toList();
        assertEquals(1, warnings.size(), validate.out());
        assertTrue(warnings.get(0).contains("decimal.json:4:50: $.hardware.hosts[0].memory: `32GB` is read in decimal"
                + " units") && warnings.get(0).contains("also in decimal units: $.stacks[0].memory (line 6)"),
                warnings.get(0));
        Outcome show = spinup("show", file.toString());
        assertTrue(show.out().contains("hardware.hosts[0].memory = 32 GB (decimal: 32 000 000 000 bytes = 29.8 GiB)"),
                show.out());
        assertTrue(show.out().contains("stacks[0].memory = 512 MB (decimal: 512 000 000 bytes = 488.3 MiB)"),
                show.out());
        Outcome run = spinup("run", file.toString(), "--no-predict", "--out", dir.resolve("out").toString(),
                "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        int note = run.out().indexOf("Notices (they change what the numbers mean):");
        assertTrue(note > run.out().indexOf("Results: seed"), run.out());
        assertTrue(run.out().indexOf("  stacks[0].memory = 512 MB (decimal: 512 000 000 bytes = 488.3 MiB) is written in"
                + " decimal units (MB = 10⁶ bytes, not MiB = 2²⁰)\n") > note, run.out());
        assertEquals(2, run.out().split("is written in decimal units", -1).length - 1,
                "once for each decimal value, the loader's own warning not again: " + run.out());
        Outcome binary = spinup("run", "hello", "--no-predict", "--out", dir.resolve("hello").toString(),
                "--format", "csv");
        assertFalse(binary.out().contains("decimal"), "binary units need no note: " + binary.out());
    }

    @Test
    void listNamesEveryBuiltInLessonAndShowCitesSources() {
        Outcome list = spinup("list");
        assertEquals(0, list.exit());
        for (String name : Lessons.names()) {
            assertTrue(list.out().contains(name), name);
        }
        Outcome show = spinup("show", "hello");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("vmm-memory-overhead"), show.out());
        assertTrue(show.out().contains("[D]"), show.out());
    }

    @Test
    void sweepVariesAValueAndChartsIt() throws Exception {
        Path out = dir.resolve("sweep");
        Outcome o = spinup("sweep", "boot-storm", "--vary", "workload.instances=1..30", "--steps", "3",
                "--replications", "1", "--format", "csv,png", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("median start-up"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("30 ")), o.out());
        try (var files = Files.list(out)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".csv")));
        }
        assertEquals(2, spinup("sweep", "boot-storm", "--vary", "workload.instances").exit());
        Outcome badPath = spinup("sweep", "boot-storm", "--vary", "workload.nope=1..3", "--steps", "2",
                "--out", out.toString());
        assertEquals(1, badPath.exit());
        assertTrue(badPath.err().contains("nope"), badPath.err());
    }

    @Test
    void explainTellsOneInstancesPhasesWithReasonsAndSources() {
        Outcome o = spinup("explain", "boot-storm", "docker", "--slowest");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("waited "), "the lock the slowest container queued for: " + o.out());
        assertTrue(o.out().contains("source: ["), o.out());
        Outcome missing = spinup("explain", "hello", "nope");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no instance or stack `nope`"), missing.err());
    }

    @Test
    void diagramRefusesAnExtensionItCannotWrite() {
        Outcome o = spinup("diagram", "--out", dir.resolve("x.jpg").toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains(".png, .svg or .pdf"), o.err());
        assertFalse(Files.exists(dir.resolve("x.jpg")), "no PNG bytes in a .jpg");
    }

    @Test
    void diagramDrawsTheClassicPicture() throws Exception {
        Path png = dir.resolve("d.png");
        Outcome o = spinup("diagram", "--out", png.toString(), "--size", "960x540");
        assertEquals(0, o.exit(), o.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(960, image.getWidth());
        Path svg = dir.resolve("microvms.svg");
        assertEquals(0, spinup("diagram", "microvms", "--out", svg.toString()).exit());
        assertTrue(Files.readString(svg).contains("<svg"));
    }
}
