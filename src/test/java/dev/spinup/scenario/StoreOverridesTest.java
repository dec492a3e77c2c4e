package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.ControlPoint;
import dev.spinup.model.startup.Demand;
import dev.spinup.model.startup.StoreWork;
import dev.spinup.scenario.json.ScenarioFileException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A lesson changes how a control-plane store grows, and `show` prints the terms with their source. */
class StoreOverridesTest {

    private static String xen(String stores) {
        return """
                {"schemaVersion": 1, "lesson": {"title": "stores"},
                 "stacks": [{"id": "xen", "kind": "vm", "hypervisor": "xen", "guestOs": "mini-os", "vcpus": 1,
                             "memory": "32 MiB", "overrides": {"stores": %s}}],
                 "workload": {"app": "hello", "instances": 1}}
                """.formatted(stores);
    }

    @Test
    void aLessonFlattensXenStoreAndShowCitesIt() throws Exception {
        Scenario scenario = new ScenarioReader().read("xen.json",
                xen("{\"xenstore\": {\"requestsPerEntry\": 0, \"perRequestPerEntry\": \"0 ms\"}}")).scenario();
        VmStack vm = (VmStack) scenario.stacks().get(0).spec();
        StoreWork work = vm.hypervisor().startPhases().get(0).demands().stream()
                .filter(d -> d instanceof Demand.Critical c && c.point() == ControlPoint.XENSTORE)
                .map(d -> ((Demand.Critical) d).work()).findFirst().orElseThrow();
        assertEquals(new StoreWork(177, 0, Duration.ofNanos(100_000), Duration.ZERO), work, "the rest as catalogued");
        assertTrue(!work.grows());
        EffectiveValue shown = EffectiveValues.of(scenario).stream()
                .filter(v -> v.path().equals("stacks[0].hypervisor.stores.xenstore")).findFirst().orElseThrow();
        assertEquals("177 requests, each 100 us", shown.value());
        assertEquals(Source.LESSON_SETTING, shown.source());
    }

    @Test
    void theCataloguesGrowthTermsAreShownWithTheirSource() throws Exception {
        Scenario scenario = new ScenarioReader().read("xen.json", xen("{}")).scenario();
        EffectiveValue shown = EffectiveValues.of(scenario).stream()
                .filter(v -> v.path().equals("stacks[0].hypervisor.stores.xenstore")).findFirst().orElseThrow();
        assertEquals("177 requests + 3 per live instance, each 100 us + 4.07 us per live instance", shown.value());
        assertEquals(Source.XENSTORE_GROWTH, shown.source());
    }

    @Test
    void aStoreTheStackDoesNotUseIsNamedWithTheOnesItDoes() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> new ScenarioReader()
                .read("xen.json", xen("{\"engine-daemon\": {\"requests\": 2}}")));
        assertTrue(e.getMessage().contains("$.stacks[0].overrides.stores.engine-daemon: this stack uses no"
                + " `engine-daemon` store; its stores are hypervisor-toolstack, xenstore"), e.getMessage());
        ScenarioFileException typo = assertThrows(ScenarioFileException.class, () -> new ScenarioReader()
                .read("xen.json", xen("{\"xenstore\": {\"requestz\": 2}}")));
        assertTrue(typo.getMessage().contains("did you mean `requests`"), typo.getMessage());
    }
}
