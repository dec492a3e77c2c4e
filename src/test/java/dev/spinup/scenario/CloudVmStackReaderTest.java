package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.RootVolume;
import dev.spinup.scenario.json.ScenarioFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A `cloud-vm` stack is read with its era and overrides, `cache` decides its root volume, and mistakes are named. */
class CloudVmStackReaderTest {

    private static String cloud(String extra, String cache) {
        return """
                {"schemaVersion": 1, "lesson": {"title": "cloud"},
                 "stacks": [{"id": "ec2", "kind": "cloud-vm", "cloud": "ec2", "guestOs": "ubuntu-cloud",
                             "vcpus": 2, "memory": "2 GiB"%s}],
                 "workload": {"app": "nginx", "instances": 1, "cache": "%s"}}
                """.formatted(extra, cache);
    }

    private static CloudVmStack read(String extra, String cache) throws ScenarioFileException {
        return (CloudVmStack) new ScenarioReader().read("cloud.json", cloud(extra, cache)).scenario().stacks()
                .get(0).spec();
    }

    private static List<String> problems(String extra) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioReader().read("cloud.json", cloud(extra, "cold")));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void theCurrentEraIsTheDefaultAndAnEraCanBeChosen() throws Exception {
        assertEquals(2025, read("", "warm").cloud().era().year());
        CloudVmStack old = read(", \"era\": \"2012\"", "warm");
        assertEquals(2012, old.cloud().era().year());
        assertEquals(Source.EC2_LAUNCH_2012, old.cloud().era().source());
    }

    @Test
    void coldMeansALazilyHydratedVolumeAndWarmAnInitialisedOne() throws Exception {
        assertEquals(RootVolume.LAZY_FROM_SNAPSHOT, read("", "cold").rootVolume());
        assertEquals(RootVolume.INITIALIZED, read("", "warm").rootVolume());
    }

    @Test
    void overridesRetimeTheLaunchAndChangeTheRateLimitAndHydration() throws Exception {
        CloudVmStack vm = read(", \"overrides\": {\"phases\": {\"provisioning\": \"30 s\"},"
                + " \"apiLimit\": {\"qps\": 5, \"burst\": 10}, \"hydration\": {\"rate\": \"50 MB/s\"}}", "cold");
        assertEquals(Source.LESSON_SETTING, vm.cloud().provisioning().source());
        assertEquals(30_000_000_000L, vm.cloud().provisioning().nominalNanos(
                dev.spinup.model.profiles.Hardware.CLASSROOM_HOST.value().disk(),
                dev.spinup.model.profiles.Hardware.CLASSROOM_HOST.value().nic()), 1_000_000);
        assertEquals(5, vm.cloud().apiLimit().value().perSecond());
        assertEquals(10, vm.cloud().apiLimit().value().burst());
        assertEquals(50e6, vm.cloud().hydration().value().fetchRate().bytesPerSecond(), 1);
        assertEquals(Source.LESSON_SETTING, vm.cloud().hydration().source());
    }

    @Test
    void anUnknownEraAForeignKeyAndAnUnknownCloudAreNamed() {
        List<String> era = problems(", \"era\": \"2019\"");
        assertEquals(1, era.size(), era.toString());
        assertTrue(era.get(0).contains("$.stacks[0].era: `2019` is not an era of `ec2`; its eras are 2025 (the"
                + " default) and 2021, 2012"), era.get(0));
        List<String> foreign = problems(", \"hypervisor\": \"kvm-qemu\"");
        assertTrue(foreign.get(0).contains("`hypervisor` is not a field of a `cloud-vm` stack"), foreign.get(0));
        List<String> unknown = problems(", \"overrides\": {\"phases\": {\"firmware\": \"1 s\"}}");
        assertTrue(unknown.get(0).contains("this stack has no `firmware` phase"), unknown.get(0));
        ScenarioFileException gcp = assertThrows(ScenarioFileException.class, () -> new ScenarioReader()
                .read("cloud.json", cloud("", "cold").replace("\"ec2\",", "\"gcp\",")));
        assertTrue(gcp.getMessage().contains("unknown cloud `gcp`"), gcp.getMessage());
    }

    @Test
    void showPrintsEachLaunchPhaseWithItsSourceAndTheHydration() throws Exception {
        Scenario scenario = new ScenarioReader().read("cloud.json", cloud("", "cold")).scenario();
        List<EffectiveValue> shown = EffectiveValues.of(scenario);
        EffectiveValue api = shown.stream().filter(v -> v.path().equals("stacks[0].phases.api-call")).findFirst()
                .orElseThrow();
        assertEquals(Source.EC2_LAUNCH_2025, api.source());
        assertTrue(shown.stream().anyMatch(v -> v.path().equals("stacks[0].hydration.init")
                && v.source() == Source.ESTIMATE_EBS_HYDRATION_RATE));
        Scenario warm = new ScenarioReader().read("cloud.json", cloud("", "warm")).scenario();
        assertTrue(EffectiveValues.of(warm).stream().noneMatch(v -> v.path().contains(".hydration.")),
                "no hydration when warm");
    }
}
