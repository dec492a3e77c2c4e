package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value that failed to read takes no part in later checks: one mistake in a VM stack gives exactly one error. */
class OneMistakeOneErrorTest {

    @TempDir
    Path folder;

    private static String vm(String vcpus, String memory) {
        return """
                {
                  "schemaVersion": 1,
                  "lesson": {"title": "One mistake"},
                  "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "ubuntu-cloud",
                              "vcpus": %s, "memory": %s}],
                  "workload": {"app": "nginx", "instances": 1}
                }
                """.formatted(vcpus, memory);
    }

    @ParameterizedTest(name = "vcpus {0}, memory {1}")
    @CsvSource(delimiter = '|', value = {
        "2      | \"512 mb\"  | memory | unknown unit `mb`",
        "2      | \"8 MiB\"   | memory | at least 16 MiB",
        "2      | \"lots\"    | memory | must be a size",
        "2      | 512         | memory | must be a size",
        "\"two\"| \"2 GiB\"   | vcpus  | whole number",
        "0      | \"2 GiB\"   | vcpus  | between 1 and",
        "0      | \"512 mb\"  | vcpus  | between 1 and",
    })
    void aRefusedValueIsReportedOnceAndJudgedNoFurther(String vcpus, String memory, String key, String words)
            throws Exception {
        List<String> problems = ScenarioFiles.problems(folder, "one.json", vm(vcpus, memory));
        boolean bothWrong = vcpus.equals("0") && memory.contains("mb");
        assertEquals(bothWrong ? 2 : 1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("$.stacks[0]." + key + ":") && problems.get(0).contains(words),
                problems::toString);
        assertTrue(problems.stream().noneMatch(p -> p.contains("too small")), problems::toString);
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({"vcpus", "memory"})
    void aMissingValueIsReportedOnceAndJudgedNoFurther(String key) throws Exception {
        String text = vm("2", "\"2 GiB\"").replace(key.equals("vcpus") ? "\"vcpus\": 2, " : ", \"memory\": \"2 GiB\"",
                "");
        assertEquals(List.of("one.json:4:14: $.stacks[0]: `stacks[0]` is missing the required field `" + key + "`"),
                ScenarioFiles.problems(folder, "one.json", text));
    }
}
