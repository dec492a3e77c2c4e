package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The what-if section: declared knobs with their ranges, defaults around the lesson, one error per mistake. */
class WhatIfReaderTest {

    private static final String STACKS = """
            "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "ubuntu-cloud",
                        "vcpus": 1, "memory": "1 GiB"},
                       {"id": "c", "kind": "container", "runtime": "docker-runc"}],
            "workload": {"app": "nginx", "instances": 100}""";

    private static ScenarioFile read(String whatIf) throws ScenarioFileException {
        return new ScenarioReader().read("w.json", "{\"schemaVersion\": 1, \"lesson\": {\"title\": \"t\"},\n"
                + STACKS + (whatIf.isEmpty() ? "" : ",\n\"whatIf\": " + whatIf) + "}");
    }

    @Test
    void withoutTheSectionEveryKnobThatAppliesIsOfferedAroundTheLessonsValues() throws Exception {
        WhatIf whatIf = read("").whatIf();
        assertFalse(whatIf.declared());
        assertEquals(List.of("instances", "arrival-spread", "app-memory", "cache", "hypervisor@vm", "guest-os@vm",
                "runtime@c", "host-cores", "host-memory"), whatIf.knobs().stream().map(WhatIfKnob::id).toList());
        WhatIfKnob instances = whatIf.knob("instances").orElseThrow();
        assertEquals("100", instances.lesson());
        assertEquals(400, instances.max());
        assertEquals("warm", whatIf.knob("cache").orElseThrow().lesson());
        assertEquals("kvm-qemu", whatIf.knob("hypervisor@vm").orElseThrow().lesson());
        assertEquals("16", whatIf.knob("host-cores").orElseThrow().lesson());
        assertEquals("65536", whatIf.knob("host-memory").orElseThrow().lesson());
    }

    @Test
    void aDeclaredKnobKeepsItsRangeAndChoicesAndTheLessonsOwnValue() throws Exception {
        WhatIf whatIf = read("""
                {"knobs": ["cache", {"knob": "instances", "min": 10, "max": 500},
                 {"knob": "hypervisor", "stack": "vm", "choices": ["firecracker"]},
                 {"knob": "host-memory", "min": "16 GiB", "max": "256 GiB"}]}""").whatIf();
        assertTrue(whatIf.declared());
        assertEquals(List.of("cache", "instances", "hypervisor@vm", "host-memory"),
                whatIf.knobs().stream().map(WhatIfKnob::id).toList());
        WhatIfKnob instances = whatIf.knob("instances").orElseThrow();
        assertEquals(10, instances.min());
        assertEquals(500, instances.max());
        assertEquals(List.of("kvm-qemu", "firecracker"), whatIf.knob("hypervisor@vm").orElseThrow().choices());
        assertEquals(16 * 1024, whatIf.knob("host-memory").orElseThrow().min());
    }

    @Test
    void eachMistakeIsOneProblemWithItsPath() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read("""
                {"knobs": ["instanses", {"knob": "runtime", "stack": "vm"},
                 {"knob": "instances", "max": 50}, {"knob": "hypervisor", "choices": ["kvm"]},
                 {"knob": "cache", "stack": "c"}, {"knob": "host-cores", "mn": 1}]}"""));
        List<String> problems = e.problems().stream().map(Problem::toString).toList();
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("$.whatIf.knobs[0]") && problems.get(0).contains("`instances`"),
                problems.get(0));
        assertTrue(problems.get(1).contains("$.whatIf.knobs[1]") && problems.get(1).contains("container stack"),
                problems.get(1));
        assertTrue(problems.get(2).contains("$.whatIf.knobs[2].max") && problems.get(2).contains("100"),
                problems.get(2));
        assertTrue(problems.get(3).contains("$.whatIf.knobs[3].choices[0]") && problems.get(3).contains("kvm-qemu"),
                problems.get(3));
        assertTrue(problems.get(4).contains("$.whatIf.knobs[4]") && problems.get(4).contains("every stack"),
                problems.get(4));
        assertTrue(problems.get(5).contains("$.whatIf.knobs[5].mn") && problems.get(5).contains("not a field"),
                problems.get(5));
    }

    @Test
    void aKnobAppliedReadsTheScenarioAgainWithItsValue() throws Exception {
        ScenarioFile file = read("");
        WhatIf whatIf = file.whatIf();
        assertEquals(250, whatIf.knob("instances").orElseThrow().applyTo(file, "250").scenario().workload()
                .instances());
        assertEquals(32, whatIf.knob("host-cores").orElseThrow().applyTo(file, "32").scenario().hosts().get(0)
                .spec().cores());
        assertEquals(new Arrival.Ramp(java.time.Duration.ofSeconds(12)), whatIf.knob("arrival-spread")
                .orElseThrow().applyTo(file, "12").scenario().workload().arrival());
        assertTrue(whatIf.knob("cache").orElseThrow().applyTo(file, "cold").scenario().workload().preloaded()
                .isEmpty());
    }
}
