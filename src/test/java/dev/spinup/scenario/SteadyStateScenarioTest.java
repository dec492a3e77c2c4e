package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.catalogue.Source;
import dev.spinup.model.profiles.OverheadProfile;
import dev.spinup.model.runtime.SteadyStateLoad;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.stack.VmStack;
import dev.spinup.scenario.json.ScenarioFileException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson picks a stack's steady-state overheads by name or factor, and asks for benchmarks after the start. */
class SteadyStateScenarioTest {

    private static String file(String overhead, String steadyState) {
        return """
                {"schemaVersion": 1, "lesson": {"title": "after the start"},
                 "stacks": [{"id": "kvm", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "minimal-linux",
                             "vcpus": 1, "memory": "256 MiB", "overrides": {"overhead": %s}},
                            {"id": "runc", "kind": "container", "runtime": "docker-runc"}],
                 "workload": {"app": "hello", "instances": 1, "steadyState": %s}}
                """.formatted(overhead, steadyState);
    }

    private static Scenario read(String overhead, String steadyState) throws ScenarioFileException {
        return new ScenarioReader().read("lesson.json", file(overhead, steadyState)).scenario();
    }

    @Test
    void aProfileByNameKeepsItsSourcesAndShowPrintsThem() throws Exception {
        Scenario scenario = read("\"kvm-untuned\"", "true");
        VmStack vm = (VmStack) scenario.stacks().get(0).spec();
        assertEquals(OverheadProfile.KVM_UNTUNED.overhead(), vm.hypervisor().overhead());
        EffectiveValue cpu = EffectiveValues.of(scenario).stream()
                .filter(v -> v.path().equals("stacks[0].hypervisor.overhead.cpu")).findFirst().orElseThrow();
        assertEquals(Source.LINPACK_OVERHEAD, cpu.source());
        assertEquals(SteadyStateLoad.everyClass(Duration.ofSeconds(1)), scenario.workload().steadyState().orElseThrow());
        assertTrue(EffectiveValues.of(scenario).stream().anyMatch(v -> v.path().equals("workload.steadyState.syscalls")
                && v.value().equals("1 s")), "show prints the benchmarks");
    }

    @Test
    void anObjectStartsFromItsProfileAndChangesWhatItGives() throws Exception {
        Scenario scenario = read("{\"profile\": \"kvm-nested\", \"memoryBandwidth\": 1.5}",
                "{\"syscalls\": \"2 s\", \"cpu\": \"500 ms\"}");
        VmStack vm = (VmStack) scenario.stacks().get(0).spec();
        assertEquals(1.5, vm.hypervisor().overhead().memoryBandwidth().value());
        assertEquals(Source.LESSON_SETTING, vm.hypervisor().overhead().memoryBandwidth().source());
        assertEquals(OverheadProfile.KVM_NESTED.overhead().cpu(), vm.hypervisor().overhead().cpu());
        assertEquals(Map.of(ResourceClass.CPU, Duration.ofMillis(500), ResourceClass.SYSCALLS, Duration.ofSeconds(2)),
                scenario.workload().steadyState().orElseThrow().nativeTimes());
        ContainerStack runc = (ContainerStack) scenario.stacks().get(1).spec();
        assertEquals(OverheadProfile.RUNC_NAT.overhead(), runc.runtime().overhead(), "the catalogue's own");
    }

    @Test
    void mistakesAreNamedWithTheirPathAndASuggestion() {
        ScenarioFileException name = assertThrows(ScenarioFileException.class, () -> read("\"kvm-untund\"", "true"));
        assertTrue(name.getMessage().contains("lesson.json:3:")
                && name.getMessage().contains("$.stacks[0].overrides.overhead")
                && name.getMessage().contains("kvm-untuned"), name.getMessage());
        ScenarioFileException key = assertThrows(ScenarioFileException.class, () -> read("\"kvm-tuned\"",
                "{\"sycalls\": \"1 s\"}"));
        assertTrue(key.getMessage().contains("$.workload.steadyState.sycalls")
                && key.getMessage().contains("did you mean `syscalls`?"), key.getMessage());
        ScenarioFileException empty = assertThrows(ScenarioFileException.class, () -> read("\"kvm-tuned\"", "{}"));
        assertTrue(empty.getMessage().contains("$.workload.steadyState: `steadyState` names no benchmark"),
                empty.getMessage());
        ScenarioFileException zero = assertThrows(ScenarioFileException.class, () -> read("\"kvm-tuned\"",
                "{\"cpu\": \"0 s\"}"));
        assertTrue(zero.getMessage().contains("$.workload.steadyState.cpu: `cpu` must be more than zero"),
                zero.getMessage());
    }
}
