package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.scenario.json.ScenarioFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of problem a scenario file can have, reported with file, line, column, path and plain words. */
class ScenarioProblemsTest {

    @TempDir
    Path folder;

    @Test
    void malformedJsonIsReportedWhereTheMistakeIs() throws Exception {
        assertEquals(List.of("broken.json:2:26: $.lesson: missing comma or closing brace `}` after this value"),
                ScenarioFiles.problems(folder, "broken.json", """
                        {"schemaVersion": 1,
                         "lesson": {"title": "x"}
                          "stacks": []}
                        """));
    }

    @Test
    void aWrongTypeAnUnparsableUnitAndValuesOutOfRangeAreNamed() throws Exception {
        assertEquals(List.of(
                "hw.json:3:38: $.hardware.hosts[0].cores: `cores` must be a whole number, not text \"many\"",
                "hw.json:3:56: $.hardware.hosts[0].memory: `memory` must be a size such as \"512 MiB\" or \"64 GiB\","
                        + " not \"64 gigs\": unknown unit `gigs`; use B, kB, MB, GB, TB, KiB, MiB, GiB or TiB",
                "hw.json:4:38: $.hardware.hosts[1].cores: `cores` must be between 1 and 4096, not 0",
                "hw.json:4:51: $.hardware.hosts[1].memory: `memory` must be a size such as \"512 MiB\" or \"64 GiB\","
                        + " not \"-4 GiB\": a size cannot be negative"),
                ScenarioFiles.problems(folder, "hw.json", withMinimal("""
                        "hardware": {"hosts": [
                                      {"name": "a", "cores": "many", "memory": "64 gigs"},
                                      {"name": "b", "cores": 0, "memory": "-4 GiB"}]},
                        """)));
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeyItProbablyMeant() throws Exception {
        assertEquals(List.of("typo.json:5:48: $.workload.instnaces: `instnaces` is not a field of `workload`;"
                        + " did you mean `instances`?"),
                ScenarioFiles.problems(folder, "typo.json", ScenarioFiles.MINIMAL.replace("\"instances\": 3",
                        "\"instances\": 3, \"instnaces\": 3")));
    }

    @Test
    void aMissingRequiredValueIsNamed() throws Exception {
        assertEquals(List.of("missing.json:5:15: $.workload: `workload` is missing the required field `app`"),
                ScenarioFiles.problems(folder, "missing.json", ScenarioFiles.MINIMAL.replace("\"app\": \"nginx\", ",
                        "")));
    }

    @Test
    void anUnknownProfileListsTheKnownOnesAndSuggestsTheClosest() throws Exception {
        assertEquals(List.of(
                "profiles.json:3:45: $.stacks[0].hypervisor: unknown hypervisor `kvm`; known: kvm-qemu,"
                        + " qemu-minimal, qemu-qboot, xen, esxi-like, virtualbox-like, firecracker, cloud-hypervisor",
                "profiles.json:4:53: $.stacks[1].runtime: unknown container runtime `dockr-runc`; did you mean"
                        + " `docker-runc`? known: docker-runc, containerd-crun, docker-gvisor, docker-kata",
                "profiles.json:5:22: $.workload.app: unknown app `ngnix`; did you mean `nginx`? known: hello,"
                        + " nginx, python-web, postgres"),
                ScenarioFiles.problems(folder, "profiles.json", """
                        {"schemaVersion": 1, "lesson": {"title": "Profiles"},
                         "stacks": [
                           {"id": "vm", "kind": "vm", "hypervisor": "kvm", "guestOs": "ubuntu-cloud", "vcpus": 1, "memory": "1 GiB"},
                           {"id": "docker", "kind": "container", "runtime": "dockr-runc"}],
                         "workload": {"app": "ngnix", "instances": 1}}
                        """));
    }

    @Test
    void referencesToHostsStacksAndImagesThatDoNotExistAreProblems() throws Exception {
        assertEquals(List.of(
                "refs.json:3:66: $.stacks[1].node: unknown stack `vms`; did you mean `vm`? known: vm, docker",
                "refs.json:5:67: $.stacks[3].node: `node` must name a `vm` stack; `docker` is a container stack",
                "refs.json:7:61: $.timeline[0].host: unknown host `host-3`; the hosts are host-1, host-2",
                "refs.json:8:57: $.timeline[1].image: unknown image `ngnix:1.27`; did you mean `nginx:1.27`? known:"
                        + " alpine:3.20, debian:bookworm-slim, nginx:1.27, python:3.12-slim, python:3.12, postgres:16"),
                ScenarioFiles.problems(folder, "refs.json", """
                        {"schemaVersion": 1, "lesson": {"title": "References"}, "hardware": {"hosts": [{"count": 2}]},
                         "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "xen", "guestOs": "minimal-linux", "vcpus": 1, "memory": "256 MiB"},
                                    {"id": "nodes", "kind": "containers-in-vms", "node": "vms", "runtime": "docker-runc", "containersPerNode": 4},
                                    {"id": "docker", "kind": "container", "runtime": "docker-runc"},
                                    {"id": "nested", "kind": "containers-in-vms", "node": "docker", "runtime": "docker-runc", "containersPerNode": 4}],
                         "workload": {"app": "hello", "instances": 1},
                         "timeline": [{"at": "10 s", "action": "fail-host", "host": "host-3"},
                                      {"at": "20 s", "action": "pull", "image": "ngnix:1.27"}]}
                        """));
    }

    @Test
    void keysOfAnotherKindOfStackOrActionAreNamedAsSuch() throws Exception {
        assertEquals(List.of(
                "kinds.json:2:133: $.stacks[0].runtime: `runtime` is not a field of a `vm` stack",
                "kinds.json:4:69: $.timeline[0].image: `image` is not a field of a `start` action"),
                ScenarioFiles.problems(folder, "kinds.json", """
                        {"schemaVersion": 1, "lesson": {"title": "Kinds"},
                         "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "xen", "guestOs": "minimal-linux", "vcpus": 1, "memory": "256 MiB", "runtime": "docker-runc"}],
                         "workload": {"app": "hello", "instances": 1},
                         "timeline": [{"at": "1 s", "action": "start", "count": 1, "image": "alpine:3.20"}]}
                        """));
    }

    @Test
    void aPhaseTheStackDoesNotHaveOrThatCannotBeRetimedIsExplained() throws Exception {
        assertEquals(List.of(
                "phases.json:3:51: $.stacks[0].overrides.phases.firmware: this stack has no `firmware` phase; its"
                        + " phases are engine-api, rootfs, network, isolation, runtime",
                "phases.json:3:60: $.stacks[0].overrides.phases.frimware: `frimware` is not a field of `phases`;"
                        + " did you mean `firmware`?",
                "phases.json:3:86: $.stacks[0].overrides.phases.app: the app starts the same way on every stack:"
                        + " set its start with `workload.appOverrides.start`"),
                ScenarioFiles.problems(folder, "phases.json", """
                        {"schemaVersion": 1, "lesson": {"title": "Phases"},
                         "stacks": [{"id": "docker", "kind": "container", "runtime": "docker-runc",
                                     "overrides": {"phases": {"firmware": "20 ms", "frimware": "1 s", "app": "1 s"}}}],
                         "workload": {"app": "hello", "instances": 1}}
                        """));
    }

    @Test
    void aVmTooSmallForItsGuestAndTheAppIsRefusedBeforeAnythingRuns() throws Exception {
        assertEquals(List.of("small.json:3:63: $.stacks[0].memory: Small: guest RAM 300 MiB is too small for the"
                        + " guest OS, its kernel's page tables and the app (430 MiB)"),
                ScenarioFiles.problems(folder, "small.json", """
                        {"schemaVersion": 1, "lesson": {"title": "Small"},
                         "stacks": [{"id": "vm", "label": "Small", "kind": "vm", "hypervisor": "kvm-qemu",
                                     "guestOs": "ubuntu-cloud", "vcpus": 1, "memory": "300 MiB"}],
                         "workload": {"app": "postgres", "instances": 1}}
                        """));
    }

    @Test
    void declaredImagesMustBeNewAndBuiltOnImagesDeclaredBeforeThem() throws Exception {
        assertEquals(List.of(
                "images.json:2:45: $.images[0].base: the base image `shop:base` is declared further down; declare"
                        + " an image before the images built on it",
                "images.json:3:26: $.images[1].reference: the image `nginx:1.27` is already in the catalogue; give"
                        + " this one another name",
                "images.json:4:26: $.images[2].reference: `reference` must be an image reference such as \"shop:v1\""
                        + " (lower-case name, then an optional :tag), not \"Shop V1\""),
                ScenarioFiles.problems(folder, "images.json", withMinimal("""
                        "images": [{"reference": "shop:v1", "base": "shop:base", "layers": [{"size": "1 MB"}]},
                                   {"reference": "nginx:1.27", "layers": [{"size": "1 MB"}]},
                                   {"reference": "Shop V1", "layers": [{"size": "1 MB"}]},
                                   {"reference": "shop:base", "layers": [{"size": "1 MB"}]}],
                        """)));
    }

    @Test
    void aFileForAnotherVersionOfTheFormatIsRefused() throws Exception {
        assertEquals(List.of("v2.json:2:20: $.schemaVersion: `schemaVersion` must be 1, the version of the format"
                        + " this Spinup reads, not the number 2"),
                ScenarioFiles.problems(folder, "v2.json", ScenarioFiles.MINIMAL.replace("\"schemaVersion\": 1",
                        "\"schemaVersion\": 2")));
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrderAsOneLineWithoutAStackTrace() throws Exception {
        String text = """
                {"schemaVersion": 1,
                 "lesson": {"title": "Many", "gaols": []},
                 "hardware": {"hosts": [{"cores": 0}]},
                 "stacks": [{"id": "vm", "kind": "vm", "hypervisor": "kvm", "guestOs": "ubuntu-cloud", "vcpus": 2},
                            {"id": "vm", "kind": "container", "runtime": "docker-runc"}],
                 "workload": {"app": "nginx", "instances": 5, "arrival": {"pattern": "ramp", "every": "1 s"}},
                 "timeline": [{"at": "10 s", "action": "fail-host", "host": "host-9"}],
                 "charts": ["density", "densty", "density"],
                 "colour": "blue"}
                """;
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioReader().read(ScenarioFiles.write(folder, "many.json", text)));
        List<String> lines = e.getMessage().lines().map(l -> l.substring(folder.toString().length() + 1)).toList();
        assertEquals(List.of(
                "many.json:2:30: $.lesson.gaols: `gaols` is not a field of `lesson`; did you mean `goals`?",
                "many.json:3:35: $.hardware.hosts[0].cores: `cores` must be between 1 and 4096, not 0",
                "many.json:4:13: $.stacks[0]: `stacks[0]` is missing the required field `memory`",
                "many.json:4:54: $.stacks[0].hypervisor: unknown hypervisor `kvm`; known: kvm-qemu, qemu-minimal,"
                        + " qemu-qboot, xen, esxi-like, virtualbox-like, firecracker, cloud-hypervisor",
                "many.json:5:20: $.stacks[1].id: the stack id `vm` is already used by another stack; give each"
                        + " stack its own id",
                "many.json:6:58: $.workload.arrival: `arrival` is missing the required field `over`",
                "many.json:6:87: $.workload.arrival.every: `every` belongs to a `staggered` arrival, not to a"
                        + " `ramp` one",
                "many.json:7:61: $.timeline[0].host: unknown host `host-9`; the hosts are host-1",
                "many.json:8:24: $.charts[1]: `charts[1]` must be one of `density`, `memory-breakdown`,"
                        + " `boot-timeline`, `ready-over-time`, `startup-cdf`, `phase-breakdown`, `utilisation`,"
                        + " `stack-diagram`, `build-steps`, `downloads`, `startup-by-request`, `pods-over-time`,"
                        + " `node-fill`, `scheduler-throughput`, `steady-state-overhead`, not \"densty\"; did you mean"
                        + " `density`?",
                "many.json:8:34: $.charts[2]: the chart `density` is listed twice",
                "many.json:9:2: $.colour: `colour` is not a top-level field; expected `$schema`, `schemaVersion`,"
                        + " `lesson`, `seed`, `replications`, `horizon`, `hardware`, `images`, `stacks`, `workload`,"
                        + " `timeline`, `cluster`, `charts`, `whatIf`"), lines);
        assertEquals(lines.size(), e.problems().size());
        assertEquals(0, e.getStackTrace().length, "a bad file is not a bug: no stack trace to print");
        assertTrue(e.problems().stream().allMatch(p -> p.message().indexOf('\n') < 0));
    }

    /** The minimal scenario with {@code members} added after its opening brace. */
    private static String withMinimal(String members) {
        return ScenarioFiles.MINIMAL.replaceFirst("\\{", "{\n" + members);
    }
}
