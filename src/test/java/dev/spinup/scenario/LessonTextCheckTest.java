package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.json.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader checks lesson texts: placeholders must name known figures, numbers typed by hand are flagged. */
class LessonTextCheckTest {

    @TempDir
    Path dir;

    private static String withNotice(String notice) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "T",
                    "notice": "%s"},
                  "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "ubuntu-cloud",
                              "vcpus": 2, "memory": "2 GiB"},
                             {"id": "docker", "kind": "container", "runtime": "docker-runc"}],
                  "workload": {"app": "nginx", "instances": 3}
                }
                """.formatted(notice);
    }

    @Test
    void anUnknownPlaceholderIsAnErrorAtItsLineAndColumn() throws Exception {
        List<String> problems = ScenarioFiles.problems(dir, "t.json",
                withNotice("The VM needs {vm.startup}, the container {docker.boot}."));
        assertEquals(1, problems.size(), problems.toString());
        // The string's first character is at column 16 of line 4; `{docker.boot}` starts 41 characters later.
        assertTrue(problems.get(0).startsWith("t.json:4:57: $.lesson.notice: `docker.boot`"), problems.get(0));
        assertTrue(problems.get(0).contains("known figures: startup"), problems.get(0));
    }

    @Test
    void aStackThatDoesNotExistAndABadPhaseAreNamed() throws Exception {
        List<String> problems = ScenarioFiles.problems(dir, "t.json",
                withNotice("{kvm.startup} and {vm.phase.boot} and {vm.startup / docker.memory}"));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("names no stack of this scenario; write one of vm., docker."),
                problems.get(0));
        assertTrue(problems.get(1).contains("`boot` is not a phase; one of api-call, provisioning, node-vm"), problems.get(1));
        assertTrue(problems.get(2).contains("sets a duration against a size"), problems.get(2));
    }

    @Test
    void numbersTypedByHandAreWarningsWithTheirColumn() throws Exception {
        String notice = "About 16 s for the VM, 430 MiB, some 30 times less, 13 % slower; the 57th of 1 400 VMs;"
                + " but type 1, python:3.12-slim, postgres:16 and {vm.startup} are fine.";
        ScenarioFile file = ScenarioFiles.read(dir, "t.json", withNotice(notice));
        List<String> found = file.warnings().stream().map(Problem::toString)
                .map(w -> w.substring(w.indexOf("t.json")))
                .filter(w -> w.contains("typed by hand")).map(w -> w.substring(0, w.indexOf(" typed")))
                .toList();
        List<String> expected = List.of("16 s|duration", "430 MiB|size", "30 times|share or factor",
                "13 %|share or factor", "57th|count", "1 400|count").stream().map(e -> {
                    String fragment = e.substring(0, e.indexOf('|'));
                    return "t.json:4:" + (16 + notice.indexOf(fragment)) + ": $.lesson.notice: `" + fragment
                            + "` is a " + e.substring(e.indexOf('|') + 1);
                }).toList();
        assertEquals(expected, found);
    }

    @Test
    void textsShownBeforeTheRunCannotShowFigures() throws Exception {
        String text = ScenarioFiles.MINIMAL.replace("\"title\": \"Minimal\"",
                "\"title\": \"Minimal\", \"predict\": \"Will it take {docker.startup}?\"");
        List<String> problems = ScenarioFiles.problems(dir, "t.json", text);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("$.lesson.predict: this text is shown before the run"), problems.get(0));
    }

    @Test
    void bracesCanBeWrittenDoubled() throws Exception {
        ScenarioFile file = ScenarioFiles.read(dir, "t.json", withNotice("a set {{x}} and {vm.startup}"));
        assertTrue(file.warnings().stream().noneMatch(w -> w.message().contains("placeholder")), file.warnings()
                .toString());
    }

    @Test
    void theAnswerIsCheckedLikeTheNoticeAndChoicesLikeTheQuestion() throws Exception {
        String text = withNotice("{vm.startup}").replace("\"notice\"", "\"choices\": [\"fast\", \"{vm.startup}\"],"
                + " \"answer\": \"{vm.strartup}\", \"notice\"");
        List<String> problems = ScenarioFiles.problems(dir, "t.json", text);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("$.lesson.answer:") && p.contains("strartup")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("$.lesson.choices[1]:")
                && p.contains("shown before the run")), problems.toString());
        LessonInfo good = ScenarioFiles.read(dir, "g.json", withNotice("{vm.startup}").replace("\"notice\"",
                "\"choices\": [\"fast\", \"slow\"], \"answer\": \"{vm.startup}\", \"notice\""))
                .scenario().lesson();
        assertEquals(List.of("fast", "slow"), good.choices());
        assertEquals("{vm.startup}", good.answer());
    }

    @Test
    void decimalMemoryUnitsLoadWithOneWarningAtTheirLine() throws Exception {
        String text = withNotice("{vm.startup}").replace("\"memory\": \"2 GiB\"", "\"memory\": \"512MB\"")
                .replace("\"instances\": 3}", "\"instances\": 3}, \"hardware\": {\"hosts\": [{\"memory\": \"32GB \"}]}");
        ScenarioFile file = ScenarioFiles.read(dir, "t.json", text);
        List<String> units = file.warnings().stream().map(Problem::toString).filter(w -> w.contains("decimal units"))
                .toList();
        assertEquals(1, units.size(), units.toString());
        assertTrue(units.get(0).contains("$.stacks[0].memory: `512MB` is read in decimal units"), units.get(0));
        assertTrue(units.get(0).contains("write `512 MiB`"), units.get(0));
        assertTrue(units.get(0).contains("also in decimal units: $.hardware.hosts[0].memory"), units.get(0));
        assertEquals(512_000_000L, ((dev.spinup.model.stack.VmStack) file.scenario().stacks().get(0).spec()).shape()
                .guestRam().bytes());
    }

    static List<String> lessons() {
        return Lessons.names();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void builtInLessonsTypeNoFigureByHand(String lesson) throws Exception {
        ScenarioFile file = Lessons.load(lesson);
        assertEquals(List.of(), file.warnings().stream().map(Problem::toString).toList());
        assertTrue(file.scenario().lesson().notice().contains("{"), "the notice names computed figures");
    }
}
