package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.json.Problem;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every section refuses keys it does not know, and the cross-section warnings and checks hold at their edges:
 * a test for each place where a reader could silently ignore what a teacher wrote.
 */
class EverySectionTest {

    private static List<String> problems(String text) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioReader().read("s.json", text));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aMisspeltKeyIsReportedInEverySection() {
        List<String> problems = problems("""
                {"schemaVersion": 1, "lesson": {"title": "t", "titel": "x"},
                 "hardware": {"hostz": 1, "hosts": [{"coress": 2, "disk": {"iopss": 5}}],
                              "registry": {"bandwith": "1 Gbit/s"}, "pulls": {"paralel": 2}},
                 "images": [{"reference": "x:1", "layers": [{"instruction": "ADD a", "size": "1 kB", "sise": 1}],
                             "extra": 1}],
                 "stacks": [{"id": "c", "kind": "container", "runtime": "docker-runc", "lable": "x"}],
                 "workload": {"app": "hello", "instances": 1, "arrival": {"pattern": "ramp", "over": "1 s", "ovr": 1},
                              "appOverrides": {"memry": "1 MiB"}},
                 "timeline": [{"at": "1 s", "action": "start", "count": 1, "cnt": 1},
                              {"at": "2 s", "action": "build", "tag": "y:1", "dockerfile": {"from": "alpine:3.20",
                               "steps": [{"instruction": "RUN a", "tme": "1 s"}], "stepz": 1}}]}
                """);
        for (String path : List.of("$.lesson.titel", "$.hardware.hostz", "$.hardware.hosts[0].coress",
                "$.hardware.hosts[0].disk.iopss", "$.hardware.registry.bandwith", "$.hardware.pulls.paralel",
                "$.images[0].layers[0].sise", "$.images[0].extra", "$.stacks[0].lable", "$.workload.arrival.ovr",
                "$.workload.appOverrides.memry", "$.timeline[0].cnt", "$.timeline[1].dockerfile.steps[0].tme",
                "$.timeline[1].dockerfile.stepz")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(": " + path + ": ") && p.contains("is not a field")),
                    path + " in " + problems);
        }
    }

    @Test
    void anActionAfterTheHorizonIsWarnedAboutAndOneAtItIsNot() throws Exception {
        ScenarioFile file = new ScenarioReader().read("w.json", """
                {"schemaVersion": 1, "lesson": {"title": "t"}, "horizon": "10 s",
                 "stacks": [{"id": "c", "kind": "container", "runtime": "docker-runc"}],
                 "workload": {"app": "hello", "instances": 1},
                 "timeline": [{"at": "10 s", "action": "start", "count": 1}, {"at": "11 s", "action": "stop", "count": 1}]}
                """);
        List<String> warnings = file.warnings().stream().map(Problem::toString)
                .filter(w -> w.contains("horizon")).toList();
        assertEquals(List.of("w.json:4:69: $.timeline[1].at: this action comes after the horizon (10 s), so it never"
                + " happens"), warnings);
    }

    @Test
    void anImageNobodyUsesIsWarnedAbout() throws Exception {
        ScenarioFile file = new ScenarioReader().read("u.json", """
                {"schemaVersion": 1, "lesson": {"title": "t"},
                 "images": [{"reference": "unused:1", "layers": [{"instruction": "ADD a", "size": "1 kB"}]}],
                 "stacks": [{"id": "c", "kind": "container", "runtime": "docker-runc"}],
                 "workload": {"app": "hello", "instances": 1}}
                """);
        assertTrue(file.warnings().stream().anyMatch(w -> w.toString().contains("$.images[0]")
                && w.toString().contains("unused:1")), "" + file.warnings());
    }

    @Test
    void instancesInAllMayBeExactlyTheLimit() throws Exception {
        String text = """
                {"schemaVersion": 1, "lesson": {"title": "t"},
                 "hardware": {"hosts": [{"count": 5000}, {"name": "b", "count": 5000}]},
                 "stacks": [{"id": "c", "kind": "container", "runtime": "docker-runc"}],
                 "workload": {"app": "hello", "instances": 999999},
                 "timeline": [{"at": "1 s", "action": "start", "count": START}]}
                """;
        // a million in all is allowed by the instance limit and by the work budget (it keeps summaries and series)
        Scenario atLimit = new ScenarioReader().read("s.json", text.replace("START", "1")).scenario();
        assertEquals(1_000_000, WorkBudget.of(atLimit).detailedInstances());
        assertFalse(WorkBudget.of(atLimit).keepsFullDetail());
        List<String> problems = problems(text.replace("START", "2"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("ask for 1000001 instances in all")), "" + problems);
        List<String> hosts = problems(text.replace("START", "1").replace("\"count\": 5000}]", "\"count\": 5001}]"));
        assertTrue(hosts.stream().anyMatch(p -> p.contains("10001 hosts")), "" + hosts);
    }

    @Test
    void arrivalsWrittenAsTextOrWithTheWrongParameterAreExplained() throws Exception {
        String head = "{\"schemaVersion\": 1, \"lesson\": {\"title\": \"t\"}, \"stacks\": [{\"id\": \"c\", \"kind\":"
                + " \"container\", \"runtime\": \"docker-runc\"}], \"workload\": {\"app\": \"hello\", \"instances\": 1,"
                + " \"arrival\": ";
        assertEquals(new Arrival.AllAtOnce(), new ScenarioReader().read("a.json", head + "\"all-at-once\"}}").scenario()
                .workload().arrival());
        assertTrue(problems(head + "\"poisson\"}}").get(0).contains("a `poisson` arrival needs `perSecond`: write it as"
                + " an object, such as {\"pattern\": \"poisson\", \"perSecond\": 5}"));
        assertTrue(problems(head + "{\"pattern\": \"poisson\", \"perSecond\": 0}}}").get(0)
                .contains("`perSecond` must be more than zero"));
        assertTrue(problems(head + "{\"pattern\": \"ramp\", \"every\": \"1 s\", \"over\": \"2 s\"}}}").stream()
                .anyMatch(p -> p.contains("`every` belongs to a `staggered` arrival, not to a `ramp` one")));
        assertEquals(new Arrival.Poisson(1e6), new ScenarioReader().read("a.json", head
                + "{\"pattern\": \"poisson\", \"perSecond\": 1000000}}}").scenario().workload().arrival());
        assertTrue(problems(head + "{\"pattern\": \"poisson\", \"perSecond\": 1000001}}}").get(0)
                .contains("$.workload.arrival.perSecond"));
    }
}
