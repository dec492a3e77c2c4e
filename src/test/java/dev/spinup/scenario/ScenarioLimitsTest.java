package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that ask for too much are refused, quickly, with the limit named, before anything is built. */
class ScenarioLimitsTest {

    @TempDir
    Path folder;

    @Test
    void aTrillionContainersAreRefusedWithTheLimitNamed() {
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ScenarioFiles.problems(
                folder, "huge.json", ScenarioFiles.MINIMAL.replace("\"instances\": 3",
                        "\"instances\": 1000000000000")));
        assertEquals(List.of("huge.json:5:45: $.workload.instances: a scenario may ask for at most 1000000"
                + " instances, not 1000000000000"), problems);
    }

    @Test
    void hostsReplicationsAndHorizonHaveLimitsToo() throws Exception {
        assertEquals(List.of(
                "limits.json:2:18: $.replications: a scenario may ask for at most 1000 replications, not 5000",
                "limits.json:2:35: $.horizon: `horizon` must be at most 168 h, not \"200 h\"",
                "limits.json:3:24: $.hardware.hosts: the host groups add up to 12000 hosts; a scenario may have at"
                        + " most 10000",
                "limits.json:4:48: $.hardware.hosts[2].count: a scenario may ask for at most 10000 hosts, not 1e9"),
                ScenarioFiles.problems(folder, "limits.json", ScenarioFiles.MINIMAL.replaceFirst("\\{", """
                        {
                         "replications": 5000, "horizon": "200 h",
                         "hardware": {"hosts": [{"name": "a", "count": 6000}, {"name": "b", "count": 6000},
                                                {"name": "c", "count": 1e9}]},""")));
    }

    @Test
    void theTimelineCountsTowardsTheInstanceLimit() throws Exception {
        assertEquals(List.of("timeline.json:5:45: $.workload.instances: the workload and the timeline's start and"
                        + " scale actions ask for 1100000 instances in all; a scenario may ask for at most 1000000",
                "timeline.json:6:58: $.timeline[0].count: a scenario may ask for at most 1000000 instances,"
                        + " not 1e400"),
                ScenarioFiles.problems(folder, "timeline.json", ScenarioFiles.MINIMAL
                        .replace("\"instances\": 3", "\"instances\": 600000")
                        .replace("\"instances\": 600000}", """
                                "instances": 600000},
                                  "timeline": [{"at": "1 s", "action": "start", "count": 1e400},
                                               {"at": "1 s", "action": "start", "count": 300000},
                                               {"at": "9 s", "action": "scale", "to": 200000}]""")));
    }

    @Test
    void aScenarioComparesAtMostEightStacks() throws Exception {
        String stacks = IntStream.range(0, 9)
                .mapToObj(i -> "{\"id\": \"s" + i + "\", \"kind\": \"container\", \"runtime\": \"docker-runc\"}")
                .collect(Collectors.joining(", "));
        assertEquals(List.of("nine.json:4:13: $.stacks: `stacks` must have between 1 and 8 entries, not 9"),
                ScenarioFiles.problems(folder, "nine.json", ScenarioFiles.MINIMAL.replace(
                        "[{\"id\": \"docker\", \"kind\": \"container\", \"runtime\": \"docker-runc\"}]",
                        "[" + stacks + "]")));
    }

    @Test
    void aTimelineOfMoreThanTenThousandActionsIsRefusedWhileReading() throws Exception {
        String actions = IntStream.range(0, ScenarioLimits.MAX_TIMELINE_ACTIONS + 1)
                .mapToObj(i -> "{\"at\": \"1 s\", \"action\": \"start\", \"count\": 1}")
                .collect(Collectors.joining(","));
        List<String> problems = ScenarioFiles.problems(folder, "long.json", ScenarioFiles.MINIMAL.replace(
                "\"instances\": 3}", "\"instances\": 3}, \"timeline\": [" + actions + "]"));
        assertEquals(List.of("long.json:5:450062: $.timeline: this array has more than 10000 elements, the most a"
                + " scenario file may hold in one array"), problems);
    }
}
