package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.image.BuildStep;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    @TempDir
    Path folder;

    @Test
    void aMinimalFileTakesEveryDefaultFromTheCatalogue() throws Exception {
        Scenario s = ScenarioFiles.read(folder, "minimal.json", ScenarioFiles.MINIMAL).scenario();

        assertEquals(1, s.replications());
        assertEquals(ScenarioMapper.DEFAULT_SEED, s.seed());
        assertEquals(Optional.empty(), s.horizon());
        assertEquals(List.of(new HostGroup("host", 1, Hardware.CLASSROOM_HOST.value())), s.hosts());
        assertEquals("host-1", s.hostSpecs().get(0).name());
        assertEquals(Catalogue.REGISTRY.value(), s.registry());
        assertEquals(Catalogue.DOCKER_PULLS.value(), s.pulls());
        assertEquals(List.of(new StackChoice("docker", new ContainerStack(ContainerRuntimes.DOCKER_RUNC.name(),
                ContainerRuntimes.DOCKER_RUNC))), s.stacks());
        Workload w = s.workload();
        assertEquals(Catalogue.app("nginx").orElseThrow(), w.app());
        assertEquals(Images.NGINX, w.image());
        assertEquals(3, w.instances());
        assertEquals(new Arrival.AllAtOnce(), w.arrival());
        assertEquals(PlacementPolicy.FIRST_FIT, w.placement());
        assertEquals(List.of(Images.NGINX), w.preloaded(), "the cache is warm unless the file says cold");
        assertEquals(ScenarioMapper.DEFAULT_CHARTS, s.charts());
        assertEquals(List.of(), s.timeline());
    }

    @Test
    void everySectionIsReadAndEverySetValueIsCitedAsTheLessonsOwn() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "full.json", """
                {
                  "$schema": "../docs/scenario.schema.json",
                  "schemaVersion": 1,
                  "lesson": {"title": "Full", "description": "Everything", "goals": ["one", "two"],
                             "predict": "Which?", "notice": "That."},
                  "seed": 42, "replications": 5, "horizon": "10 min",
                  "hardware": {
                    "hosts": [{"name": "rack", "count": 3, "cores": 8, "memory": "32 GiB",
                               "disk": {"bandwidth": "500 MB/s", "iops": 5000}, "network": "1 Gbit/s",
                               "hostOsMemory": "2 GiB", "vcpuOvercommit": 2, "memoryPolicy": "swap",
                               "memoryOvercommit": 1.2}],
                    "registry": {"bandwidth": "100 MB/s", "perDownload": "10 MB/s", "manifestLatency": "1 s"},
                    "pulls": {"parallelDownloads": 1, "extractRate": "50 MB/s", "oneAtATime": true}
                  },
                  "images": [{"reference": "shop:v1", "base": "python:3.12-slim",
                              "layers": [{"instruction": "COPY . /app", "size": "10 MB", "compressed": "4 MB"}]}],
                  "stacks": [
                    {"id": "vm", "label": "KVM", "kind": "vm", "hypervisor": "kvm-qemu", "guestOs": "ubuntu-cloud",
                     "vcpus": 2, "memory": "2 GiB", "pageSharing": true,
                     "overrides": {"vmmOverhead": "100 MB", "guestOsMemory": "300 MiB",
                                   "overhead": {"cpu": 1.5}, "phases": {"firmware": "20 ms"}}},
                    {"id": "docker", "kind": "container", "runtime": "docker-runc",
                     "overrides": {"shim": "5 MiB", "stop": "1 s", "phases": {"runtime": "50 ms"}}},
                    {"id": "nodes", "kind": "containers-in-vms", "node": "vm", "runtime": "containerd-crun",
                     "containersPerNode": 10}
                  ],
                  "workload": {"app": "python-web", "image": "shop:v1", "instances": 20,
                               "arrival": {"pattern": "staggered", "every": "1 s"}, "placement": "round-robin",
                               "cache": "cold", "preloaded": ["debian:bookworm-slim"],
                               "appOverrides": {"memory": "64 MiB", "start": "200 ms"}},
                  "timeline": [
                    {"at": "30 s", "action": "stop", "count": 5},
                    {"at": "10 s", "action": "fail-host", "host": "rack-3"},
                    {"at": "20 s", "action": "scale", "to": 40},
                    {"at": "0 s", "action": "pull", "image": "nginx:1.27", "host": "rack-2"},
                    {"at": "1 min", "action": "build", "tag": "shop:v2",
                     "dockerfile": {"from": "shop:v1", "steps": [{"run": "pip install x", "cpu": "5 s", "output": "20 MB"},
                                                                  {"copy": "src/ /app", "size": "1 MB", "contents": "v2"},
                                                                  {"instruction": "ENV A=1"}]}}
                  ],
                  "charts": ["density", "stack-diagram"]
                }
                """);
        Scenario s = file.scenario();
        assertEquals(List.of(), file.warnings());
        assertEquals(42, s.seed());
        assertEquals(5, s.replications());
        assertEquals(Optional.of(Duration.ofMinutes(10)), s.horizon());

        HostGroup rack = s.hosts().get(0);
        assertEquals("rack", rack.prefix());
        assertEquals(3, rack.count());
        assertEquals(8, rack.spec().cores());
        assertEquals(DataSize.ofGiB(32), rack.spec().memory());
        assertEquals(DataRate.ofMegabytesPerSecond(500), rack.spec().disk().bandwidth());
        assertEquals(5000, rack.spec().disk().iops());
        assertEquals(DataRate.ofGigabitsPerSecond(1), rack.spec().nic());
        assertEquals(DataSize.ofGiB(2), rack.spec().hostOsReserved());
        assertEquals(2.0, rack.spec().vcpuOvercommit());
        assertEquals(OvercommitPolicy.SWAP, rack.spec().overcommitPolicy());
        assertEquals(1.2, rack.spec().memoryOvercommit());
        assertEquals(DataRate.ofMegabytesPerSecond(100), s.registry().egressBandwidth());
        assertEquals(DataRate.ofMegabytesPerSecond(10), s.registry().perDownload());
        assertEquals(Duration.ofSeconds(1), s.registry().manifestLatency());
        assertEquals(1, s.pulls().maxConcurrentDownloads());
        assertTrue(s.pulls().serializeImagePulls());

        VmStack vm = (VmStack) s.stack("vm").orElseThrow().spec();
        assertEquals("KVM", vm.label());
        assertEquals(new VmShape(2, DataSize.ofGiB(2)), vm.shape());
        assertEquals(Optional.of(PageSharingReader.KSM), vm.pageSharing());
        assertEquals(Cited.of(DataSize.ofMB(100), Source.LESSON_SETTING), vm.hypervisor().vmmOverhead());
        assertEquals(Hypervisors.KVM_QEMU.hostServices(), vm.hypervisor().hostServices(), "not given: catalogue's");
        assertEquals(Cited.of(DataSize.ofMiB(300), Source.LESSON_SETTING), vm.guestOs().idleResident());
        assertEquals(Cited.of(1.5, Source.LESSON_SETTING), vm.hypervisor().overhead().cpu());
        assertEquals(Hypervisors.KVM_QEMU.overhead().randomIo(), vm.hypervisor().overhead().randomIo());
        PhaseSpec firmware = phase(vm.hypervisor().startPhases(), PhaseKind.FIRMWARE);
        assertEquals(Source.LESSON_SETTING, firmware.source());
        assertEquals(Duration.ofMillis(20).toNanos(), firmware.nominalNanos(rack.spec().disk(), rack.spec().nic()),
                1_000, "retimed on the first host");
        assertEquals(phase(Hypervisors.KVM_QEMU.startPhases(), PhaseKind.VMM_START),
                phase(vm.hypervisor().startPhases(), PhaseKind.VMM_START));

        ContainerStack docker = (ContainerStack) s.stack("docker").orElseThrow().spec();
        assertEquals(Cited.of(DataSize.ofMiB(5), Source.LESSON_SETTING), docker.runtime().shim());
        assertEquals(Cited.of(Duration.ofSeconds(1), Source.LESSON_SETTING), docker.runtime().stop());
        assertEquals(Source.LESSON_SETTING, phase(docker.runtime().startPhases(), PhaseKind.RUNTIME).source());

        ContainersInVmStack nodes = (ContainersInVmStack) s.stack("nodes").orElseThrow().spec();
        assertEquals(vm, nodes.node(), "the node names the vm stack");
        assertEquals(ContainerRuntimes.CONTAINERD_CRUN, nodes.inner().runtime());
        assertEquals(10, nodes.containersPerNode());

        Workload w = s.workload();
        Image shop = w.image();
        assertEquals("shop:v1", shop.reference());
        assertEquals(Images.PYTHON_SLIM.layerCount() + 1, shop.layerCount());
        assertEquals(Images.PYTHON_SLIM.layers(), shop.sharedLayersWith(Images.PYTHON_SLIM), "built on its base");
        assertEquals("shop:v1", w.app().imageReference());
        assertEquals(Cited.of(DataSize.ofMiB(64), Source.LESSON_SETTING), w.app().resident());
        assertEquals(Source.LESSON_SETTING, w.app().startPhase().source());
        assertEquals(new Arrival.Staggered(Duration.ofSeconds(1)), w.arrival());
        assertEquals(PlacementPolicy.ROUND_ROBIN, w.placement());
        assertEquals(List.of(Images.DEBIAN_SLIM), w.preloaded(), "cold: only what is listed");

        List<TimedAction> timeline = s.timeline();
        assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30),
                Duration.ofMinutes(1)), timeline.stream().map(TimedAction::at).toList(), "in time order");
        assertEquals(new TimedAction.Pull(Images.NGINX, Optional.of("rack-2")), timeline.get(0).action());
        assertEquals(new TimedAction.FailHost("rack-3"), timeline.get(1).action());
        assertEquals(new TimedAction.Scale(40), timeline.get(2).action());
        assertEquals(new TimedAction.Stop(5), timeline.get(3).action());
        TimedAction.Build build = assertInstanceOf(TimedAction.Build.class, timeline.get(4).action());
        assertEquals("shop:v2", build.tag());
        assertEquals(shop, build.dockerfile().base());
        assertEquals(List.of(new BuildStep.Run("pip install x", Duration.ofSeconds(5), DataSize.ofMB(20)),
                new BuildStep.Copy("src/ /app", "v2", DataSize.ofMB(1)), new BuildStep.Metadata("ENV A=1")),
                build.dockerfile().steps());
        assertEquals(List.of(ChartKind.DENSITY, ChartKind.STACK_DIAGRAM), s.charts());
    }

    @Test
    void anArrivalAndANodeCanBeWrittenInTheirShortAndLongForms() throws Exception {
        Scenario s = ScenarioFiles.read(folder, "forms.json", """
                {"schemaVersion": 1, "lesson": {"title": "Forms"},
                 "stacks": [{"id": "k8s", "kind": "containers-in-vms", "runtime": "containerd-crun",
                             "containersPerNode": 5, "label": "Pods in VMs",
                             "node": {"hypervisor": "firecracker", "guestOs": "minimal-linux", "vcpus": 2,
                                      "memory": "512 MiB", "pageSharing": {"shareable": 0.3}}}],
                 "workload": {"app": "hello", "instances": 10, "arrival": "all-at-once"},
                 "timeline": [{"at": "1 s", "action": "start", "count": 2}]}
                """).scenario();
        ContainersInVmStack k8s = (ContainersInVmStack) s.stacks().get(0).spec();
        assertEquals("Pods in VMs", k8s.label());
        assertEquals(Hypervisors.FIRECRACKER, k8s.node().hypervisor());
        assertEquals(Cited.of(0.3, Source.LESSON_SETTING), k8s.node().pageSharing().orElseThrow().shareableFraction());
        assertEquals(PageSharingReader.KSM.scanRate(), k8s.node().pageSharing().orElseThrow().scanRate());
        assertEquals(new Arrival.AllAtOnce(), s.workload().arrival());
        assertEquals(new TimedAction.Start(2), s.timeline().get(0).action());
    }

    @Test
    void everyArrivalPatternIsRead() throws Exception {
        assertEquals(new Arrival.Ramp(Duration.ofMinutes(1)), arrival("{\"pattern\": \"ramp\", \"over\": \"1 min\"}"));
        assertEquals(new Arrival.Poisson(2.5), arrival("{\"pattern\": \"poisson\", \"perSecond\": 2.5}"));
        assertEquals(new Arrival.Staggered(Duration.ofMillis(250)),
                arrival("{\"pattern\": \"staggered\", \"every\": \"250 ms\"}"));
        assertEquals(new Arrival.AllAtOnce(), arrival("{\"pattern\": \"all-at-once\"}"));
    }

    @Test
    void aLessonWithoutItsTeachingTextLoadsWithAWarningForEachMissingPart() throws Exception {
        ScenarioFile file = ScenarioFiles.read(folder, "bare.json", ScenarioFiles.MINIMAL);
        assertEquals(List.of(
                "bare.json:3:13: $.lesson: the lesson has no `description`: what the lesson is about",
                "bare.json:3:13: $.lesson: the lesson has no learning `goals`; list what students should take away",
                "bare.json:3:13: $.lesson: the lesson has no `predict`: the question students answer before pressing play",
                "bare.json:3:13: $.lesson: the lesson has no `notice`: what students should notice afterwards"),
                file.warnings().stream().map(p -> p.toString().substring(folder.toString().length() + 1)).toList());
    }

    @Test
    void readsTextAndStreamsAsWellAsFiles() throws Exception {
        Scenario fromText = new ScenarioReader().read("text.json", ScenarioFiles.MINIMAL).scenario();
        Scenario fromStream = new ScenarioReader().read("stream.json",
                new ByteArrayInputStream(ScenarioFiles.MINIMAL.getBytes(StandardCharsets.UTF_8)))
                .scenario();
        assertEquals(fromText, fromStream);
        assertEquals(fromText, ScenarioFiles.read(folder, "file.json", ScenarioFiles.MINIMAL).scenario());
    }

    private Arrival arrival(String json) throws Exception {
        return ScenarioFiles.read(folder, "arrival.json", ScenarioFiles.MINIMAL.replace("\"instances\": 3",
                "\"instances\": 3, \"arrival\": " + json)).scenario().workload().arrival();
    }

    private static PhaseSpec phase(List<PhaseSpec> phases, PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }
}
